from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sioo_desk.domain.enums import Gender
from sioo_desk.domain.names import (
    PersonName,
    capitalise_first_letter,
    collation_key,
    normalise_initials,
    parse_full_name,
    salutation,
    split_title,
)

JAN = PersonName(surname="Berg", first_name="Jan", initials="J.H.", tussenvoegsel="van der")


def test_written_forms_of_a_name_with_tussenvoegsel() -> None:
    assert JAN.display_name == "Jan van der Berg"
    assert JAN.formal_name == "J.H. van der Berg"
    assert JAN.sort_name == "Berg, Jan van der"
    assert JAN.addressed_surname == "Van der Berg"


def test_salutation_capitalises_the_tussenvoegsel() -> None:
    assert salutation(JAN, Gender.MALE) == "Geachte heer Van der Berg"
    sophie = PersonName("Vries", "Sophie", "S.", "de")
    assert salutation(sophie, Gender.FEMALE) == "Geachte mevrouw De Vries"
    assert salutation(sophie, Gender.UNSPECIFIED) == "Geachte S. de Vries"


def test_salutation_with_an_apostrophe_tussenvoegsel() -> None:
    marloes = PersonName("Hart", "Marloes", "M.", "'t")
    assert salutation(marloes, Gender.FEMALE) == "Geachte mevrouw 't Hart"
    noor = PersonName("Hof", "Noor", "N.", "van 't")
    assert salutation(noor, Gender.FEMALE) == "Geachte mevrouw Van 't Hof"
    assert marloes.sort_name == "Hart, Marloes 't"


def test_name_without_tussenvoegsel_or_first_name() -> None:
    assert PersonName("Yıldız", "Şahin").sort_name == "Yıldız, Şahin"
    assert PersonName("Nowak", initials="Ł.").display_name == "Ł. Nowak"
    assert salutation(PersonName("Yıldız", "Şahin"), Gender.MALE) == "Geachte heer Yıldız"


def test_dutch_sorting_files_under_the_surname_and_folds_diacritics() -> None:
    names = [
        PersonName("Vries", "Sophie", tussenvoegsel="de"),
        PersonName("Berg", "Jan", tussenvoegsel="van der"),
        PersonName("Şahin", "Emre"),
        PersonName("Sahin", "Aylin"),
        PersonName("Łukaszewicz", "Anna"),
        PersonName("Lange", "Annelies", tussenvoegsel="de"),
        PersonName("Hart", "Marloes", tussenvoegsel="'t"),
        PersonName("El Amrani", "Ahmed"),
    ]
    ordered = [n.sort_name for n in sorted(names, key=lambda n: n.sort_key)]
    assert ordered == [
        "Berg, Jan van der",
        "El Amrani, Ahmed",
        "Hart, Marloes 't",
        "Lange, Annelies de",
        "Łukaszewicz, Anna",
        "Sahin, Aylin",
        "Şahin, Emre",
        "Vries, Sophie de",
    ]


def test_collation_key_folds_letters_without_decomposition() -> None:
    assert collation_key("Łukasz") == collation_key("lukasz")
    assert collation_key("Yıldız") == "yildiz"
    assert collation_key("Nguyễn") == "nguyen"
    assert collation_key("'t Hart") == collation_key("t hart")


def test_initials_are_normalised() -> None:
    assert normalise_initials("jh") == "J.H."
    assert normalise_initials("j. h") == "J.H."
    assert normalise_initials("Th.") == "Th."
    assert normalise_initials("ij") == "IJ."
    assert normalise_initials("") == ""


@given(st.text(min_size=1, max_size=30))
def test_collation_ignores_case(text: str) -> None:
    assert collation_key(text.upper()) == collation_key(text.lower()) or not text.isascii()


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz' -", max_size=20))
def test_capitalising_changes_only_the_first_letter(text: str) -> None:
    result = capitalise_first_letter(text)
    assert result.lower() == text.lower()
    assert sum(1 for a, b in zip(result, text, strict=True) if a != b) <= 1


@pytest.mark.parametrize(
    ("typed", "parts"),
    [
        ("Jan van der Berg", PersonName("Berg", "Jan", "", "van der")),
        ("J.H. van der Berg", PersonName("Berg", "", "J.H.", "van der")),
        ("j. h. van der Berg", PersonName("Berg", "", "J.H.", "van der")),
        ("IJ. de Wit", PersonName("Wit", "", "IJ.", "de")),
        ("Van der Berg", PersonName("Berg", "", "", "van der")),
        ("Berg, Jan van der", PersonName("Berg", "Jan", "", "van der")),
        ("Noor van 't Hof", PersonName("Hof", "Noor", "", "van 't")),
        ("Annelies de Lange-van Dijk", PersonName("Lange-van Dijk", "Annelies", "", "de")),
        ("Jan Willem  Berg", PersonName("Berg", "Jan Willem")),
        ("Jo Berg", PersonName("Berg", "Jo")),
        ("Berg", PersonName("Berg")),
        ("  ", PersonName("")),
    ],
)
def test_a_full_name_as_typed_in_its_dutch_parts(typed: str, parts: PersonName) -> None:
    assert parse_full_name(typed) == parts


def test_titles_in_front_of_a_name_are_split_off() -> None:
    assert split_title("prof. dr. J.J. Boonstra") == ("prof. dr.", "J.J. Boonstra")
    assert split_title("mr. drs. A. de Wit") == ("mr. drs.", "A. de Wit")
    assert split_title("Dr") == ("", "Dr")  # a surname, not a title
    assert split_title("Jan Berg") == ("", "Jan Berg")
