"""pandera schemas (polars backend) for the contact kinds lexoffice knows."""

from schemas.contacts import KINDS, ROLES, build_schema, postcode_countries, rule_checks

__all__ = ["KINDS", "ROLES", "build_schema", "postcode_countries", "rule_checks"]
