"""The nouns that name an organisation ("the company said", "the ministry said"): read by the
speakers' extractor and by the source rules, so kept apart from both (a rule that reads them
loads no extractor).
"""

from __future__ import annotations

# "the company said", "the ministry said": the organisation last named.
ORG_NOUNS = frozenset(
    "company firm group bank lender insurer carmaker automaker retailer airline ministry "
    "department agency government police council regulator court union party club "
    "university hospital school institute charity organisation organization foundation trust "
    "authority commission board watchdog broadcaster newspaper league federation "
    "association "
    # "Georgian Lakes Health Network, which runs three hospitals…" then "“Patients should
    # bring a list of their medications…,” the network said in a statement": the network
    # named, as "the hospital network" is.
    "network "
    # "Caledonia Gas Networks said it had cut the supply. In a statement, the utility said:":
    # the company last named, as "the company said" is (see `_COMPANY_NOUNS`).
    "utility operator "
    # "‘…,’ the coastguard said": the one named ("HM Coastguard"), else the body (see
    # `BODY_NAME_WORDS`), as "the police said" is.
    "coastguard".split()
)
