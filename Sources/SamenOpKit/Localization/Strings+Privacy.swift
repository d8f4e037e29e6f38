extension Strings {
    /// Strings of the privacy part of the program.
    static let privacy: [String: LocalizedText] = [
        "privacy.found": LocalizedText(
            nl: "{0} in de tekst: {1} (dit kan een gezin herkenbaar maken)",
            en: "{0} in the text: {1} (this could identify a family)"),
        "privacy.kind.bsn": LocalizedText(nl: "burgerservicenummer (BSN)", en: "citizen service number (BSN)"),
        "privacy.kind.phone": LocalizedText(nl: "telefoonnummer", en: "phone number"),
        "privacy.kind.postcode": LocalizedText(nl: "postcode", en: "postcode"),
        "privacy.kind.email": LocalizedText(nl: "e-mailadres", en: "e-mail address"),
        "privacy.kind.iban": LocalizedText(nl: "rekeningnummer (IBAN)", en: "bank account number (IBAN)"),
        "privacy.kind.licence-plate": LocalizedText(nl: "kenteken", en: "licence plate"),
        "privacy.kind.date": LocalizedText(nl: "volledige datum (mogelijk een geboortedatum)", en: "full date (possibly a date of birth)"),
        "privacy.kind.titled-name": LocalizedText(nl: "naam na een aanspreekvorm", en: "name after a form of address"),
        "privacy.kind.first-name": LocalizedText(nl: "voornaam", en: "first name"),
        "privacy.kind.surname": LocalizedText(nl: "achternaam", en: "surname"),
        "privacy.kind.address": LocalizedText(nl: "straat met huisnummer", en: "street and house number"),
        "privacy.hint.bsn": LocalizedText(nl: "vervang het nummer door {0}", en: "replace the number with {0}"),
        "privacy.hint.phone": LocalizedText(
            nl: "vervang het nummer door {0}; 112 en 0800-nummers van organisaties mogen blijven",
            en: "replace the number with {0}; 112 and organisations' 0800 numbers may stay"),
        "privacy.hint.postcode": LocalizedText(
            nl: "vervang de postcode door {0} of noem alleen het soort buurt",
            en: "replace the postcode with {0} or only describe the kind of neighbourhood"),
        "privacy.hint.email": LocalizedText(nl: "vervang het adres door {0}", en: "replace the address with {0}"),
        "privacy.hint.iban": LocalizedText(nl: "vervang het rekeningnummer door {0}", en: "replace the account number with {0}"),
        "privacy.hint.licence-plate": LocalizedText(nl: "vervang het kenteken door {0}", en: "replace the plate with {0}"),
        "privacy.hint.date": LocalizedText(
            nl: "vervang de datum door {0}, of noem een leeftijd (8 jaar) of een tijdstip (vr 23:40, week 3)",
            en: "replace the date with {0}, or give an age (8 years) or a time label (Fri 23:40, week 3)"),
        "privacy.hint.titled-name": LocalizedText(
            nl: "vervang de naam door {0}, een initiaal (mevrouw X) of een rol (de moeder, de buurman)",
            en: "replace the name with {0}, an initial (Mrs X) or a role (the mother, the neighbour)"),
        "privacy.hint.first-name": LocalizedText(
            nl: "vervang de naam door {0} of een rol (de dochter, de vader)",
            en: "replace the name with {0} or a role (the daughter, the father)"),
        "privacy.hint.surname": LocalizedText(
            nl: "vervang de naam door {0} of een rol (de familie, de buurvrouw)",
            en: "replace the name with {0} or a role (the family, the neighbour)"),
        "privacy.hint.address": LocalizedText(
            nl: "vervang straat en huisnummer door {0}",
            en: "replace street and number with {0}"),
    ]
}
