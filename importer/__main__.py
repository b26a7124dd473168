"""``python -m importer`` runs the ``lexoffice-import`` command."""

from importer.cli import main

if __name__ == "__main__":
    main()
