"""SIRET, SIREN, RNA and IBAN typed by volunteers: anything typed is a normalised identifier or an
InvalidValue; what CoopDesk shows reads back; valid numbers survive the separators people paste."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st
from stdnum import luhn
from stdnum.iban import calc_check_digits

from coopdesk.domain.errors import InvalidValue
from coopdesk.domain.identifiers import (
    format_iban,
    format_siret,
    normalize_iban,
    normalize_rna,
    normalize_siren,
    normalize_siret,
)
from tests.properties.outcomes import outcome

NORMALIZERS = {
    "siret": normalize_siret,
    "siren": normalize_siren,
    "rna": normalize_rna,
    "iban": normalize_iban,
}
digits = st.text(alphabet="0123456789", min_size=1)
separators = st.sampled_from([" ", "\u00a0", "\u202f", ".", "\t"])


@st.composite
def sirets(draw: st.DrawFn) -> str:
    """A SIREN valid by Luhn, then an establishment number making the 14 digits valid by Luhn."""
    head = draw(st.text(alphabet="0123456789", min_size=8, max_size=8).filter(lambda h: h != "35600000"))
    siren = head + luhn.calc_check_digit(head)
    body = siren + draw(st.text(alphabet="0123456789", min_size=4, max_size=4))
    return body + luhn.calc_check_digit(body)


@st.composite
def french_ibans(draw: st.DrawFn) -> str:
    bban = draw(st.text(alphabet="0123456789", min_size=23, max_size=23))
    return f"FR{calc_check_digits('FR00' + bban)}{bban}"


@given(st.sampled_from(sorted(NORMALIZERS)), st.text(max_size=40))
@example("iban", "FR76 3000 6000 0112 3456 7890 189")
@example("iban", "ＦＲ７６")  # full-width letters and digits
@example("iban", "XX00")
@example("rna", "w2a1234567")
@example("siret", "٣٥٦٠٠٠٠٠٠٠٠٠٤٨")  # Arabic-Indic digits
@example("siren", "")
def test_anything_typed_is_normalised_or_an_invalid_value(kind: str, text: str) -> None:
    result = outcome(InvalidValue, NORMALIZERS[kind], text)
    if isinstance(result, InvalidValue):
        assert result.kind == kind
    else:
        assert result.isascii()
        assert NORMALIZERS[kind](result) == result  # idempotent


@given(sirets(), separators)
def test_a_valid_siret_survives_separators_and_display(siret: str, separator: str) -> None:
    spaced = separator.join((siret[:3], siret[3:6], siret[6:9], siret[9:]))
    assert normalize_siret(spaced) == siret
    assert normalize_siret(format_siret(siret)) == siret
    assert normalize_siren(siret[:9]) == siret[:9]


@given(french_ibans(), st.sampled_from([" ", "-", ".", "\u00a0"]), st.booleans())
def test_a_valid_iban_survives_separators_case_and_display(iban: str, separator: str, lower: bool) -> None:
    typed = separator.join(iban[start : start + 4] for start in range(0, len(iban), 4))
    assert normalize_iban(typed.lower() if lower else typed) == iban
    assert normalize_iban(format_iban(iban)) == iban


@given(sirets(), st.integers(0, 13), st.integers(1, 9))
def test_one_digit_changed_is_refused(siret: str, position: int, shift: int) -> None:
    changed = siret[:position] + str((int(siret[position]) + shift) % 10) + siret[position + 1 :]
    if changed[:9] == "356000000":  # La Poste's establishments follow another rule
        return
    assert isinstance(outcome(InvalidValue, normalize_siret, changed), InvalidValue)
