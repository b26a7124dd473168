"""pandera schemas (polars backend) for the contact kinds lexoffice knows."""
