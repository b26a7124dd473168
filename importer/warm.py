"""What the first check of a process loads, loaded ahead: :func:`load`.

A batch's worker processes are forked from a server process that imports this module once
(:func:`importer.workers.context`): each worker then starts with pandera and its polars engine,
the data of the value checks and the compiled page templates in place, instead of loading them
again for its first input (about 0.15 s per worker). The test suite imports it before collecting
the tests, for the same reason (``make mutate`` forks a process per mutant).

Nothing here runs a polars query: a process must not be forked while polars' thread pool runs.
"""

from __future__ import annotations

from importer.workers import quiet_ended_starts, take_interrupts


def load() -> None:
    """Import and load what checking a file needs beyond the pipeline's own imports."""
    import email_validator  # noqa: F401
    import pandera.polars  # noqa: F401
    import pycountry
    from pandera.config import config_context  # noqa: F401
    from phonenumbers.phonemetadata import PhoneMetadata
    from stdnum.de import vat as german_vat  # noqa: F401
    from stdnum.eu import vat  # noqa: F401

    from importer import pages
    from importer.catalog import load_catalog
    from schemas import build_schema

    pycountry.countries.get(alpha_2="DE")
    for region in ("DE", "AT", "CH", "FR", "NL", "GB", "IT", "ES", "PL"):
        PhoneMetadata.metadata_for_region(region, None)
    pages.ENV.get_template("report.html")
    pages.ENV.get_template("index.html")
    catalog = load_catalog()
    for role in ("customers", "suppliers"):  # pandera registers its polars backends on first use
        build_schema(role, "any", catalog)


load()
quiet_ended_starts()  # for the workers the server forks (it only hides failed worker starts)
take_interrupts()  # the server loaded with Ctrl-C blocked; its workers take it once started
