"""``python -m importer`` runs the ``lexoffice-import`` command."""

from importer.cli import run

if __name__ == "__main__":
    run()
