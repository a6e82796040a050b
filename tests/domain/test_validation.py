from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sioo_desk.domain.enums import ParticipantStatus as S
from sioo_desk.domain.status_flow import StatusTransitionError, ensure_transition
from sioo_desk.domain.validation import ParticipantInput, normalise_phone, validate


def fields_in_error(data: ParticipantInput) -> set[str]:
    return {e.field for e in validate(data)[1]}


def test_a_complete_participant_is_tidied() -> None:
    tidy, errors = validate(
        ParticipantInput(
            surname=" Berg ",
            first_name="Jan",
            initials="jh",
            tussenvoegsel="van  der",
            email=" Jan.vd.Berg@Utrecht.NL ",
            phone="+31 6 1234 5678",
            municipality=" Utrecht",
        )
    )
    assert errors == []
    assert (tidy.surname, tidy.initials, tidy.tussenvoegsel) == ("Berg", "J.H.", "van der")
    assert (tidy.email, tidy.phone, tidy.municipality) == (
        "jan.vd.berg@utrecht.nl",
        "06-12345678",
        "Utrecht",
    )


def test_required_fields_and_their_dutch_messages() -> None:
    _tidy, errors = validate(ParticipantInput(surname="", email=""))
    assert {e.field for e in errors} == {"surname", "first_name", "email"}
    assert str(errors[0]) == "Achternaam: is verplicht."


@pytest.mark.parametrize("email", ["jan", "jan@", "jan@utrecht", "jan utrecht@x.nl", "@x.nl"])
def test_bad_email(email: str) -> None:
    assert "email" in fields_in_error(ParticipantInput(surname="B", first_name="J", email=email))


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("0612345678", "06-12345678"),
        ("06-1234 5678", "06-12345678"),
        ("030-291 3000", "030-2913000"),
        ("+31302913000", "030-2913000"),
        ("0031 20 123 4567", "020-1234567"),
        ("0343 123456", "0343-123456"),
    ],
)
def test_dutch_phone_numbers(raw: str, expected: str) -> None:
    assert normalise_phone(raw) == expected


@pytest.mark.parametrize("raw", ["12345", "061234567", "+32 2 123 45 67", "06-1234567890", "abc"])
def test_not_dutch_phone_numbers(raw: str) -> None:
    with pytest.raises(ValueError):
        normalise_phone(raw)
    assert "phone" in fields_in_error(
        ParticipantInput(surname="B", first_name="J", email="j@b.nl", phone=raw)
    )


def test_years_and_tussenvoegsel() -> None:
    bad = ParticipantInput(
        surname="Berg",
        first_name="Jan",
        email="j@b.nl",
        tussenvoegsel="Van",
        years_experience=4,
        years_in_hr=9,
    )
    assert fields_in_error(bad) == {"tussenvoegsel", "years_in_hr"}
    assert "years_experience" in fields_in_error(
        ParticipantInput(surname="B", first_name="J", email="j@b.nl", years_experience=99)
    )


@given(st.from_regex(r"\A0[1-9]\d{8}\Z"))
def test_every_ten_digit_number_normalises_to_itself(digits: str) -> None:
    assert normalise_phone(digits).replace("-", "") == digits
    assert normalise_phone(normalise_phone(digits)) == normalise_phone(digits)


def test_status_flow() -> None:
    ensure_transition("Jan", S.REGISTERED, S.INTAKE_PLANNED)
    ensure_transition("Jan", S.INTAKE_PLANNED, S.ADMITTED)
    ensure_transition("Jan", S.ADMITTED, S.ACTIVE)
    ensure_transition("Jan", S.ACTIVE, S.WITHDRAWN)
    ensure_transition("Jan", S.ACTIVE, S.ACTIVE)
    with pytest.raises(
        StatusTransitionError, match="Jan is aangemeld en kan niet rechtstreeks afgerond worden"
    ):
        ensure_transition("Jan", S.REGISTERED, S.COMPLETED)
