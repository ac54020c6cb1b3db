"""Message texts, fi/sv/en. Keys are grouped by where they are used."""

MESSAGES: dict[str, dict[str, str]] = {
    # --- app shell -------------------------------------------------------------------------
    "app.title": {"fi": "Polku", "sv": "Polku", "en": "Polku"},
    "app.tagline": {
        "fi": "Palvelupolut kuntouttavaan työtoimintaan ja siitä eteenpäin – alueittain, "
        "jokaisen toimijan rooli näkyvissä.",
        "sv": "Servicestigar till arbetsverksamhet i rehabiliteringssyfte och vidare – "
        "region för region, med varje aktörs roll synlig.",
        "en": "Service paths into and out of rehabilitative work activity – region by "
        "region, with every actor's role in view.",
    },
    "app.language": {"fi": "Kieli", "sv": "Språk", "en": "Language"},
    "app.language_all": {
        "fi": "Kieli · Språk · Language",
        "sv": "Kieli · Språk · Language",
        "en": "Kieli · Språk · Language",
    },
    "nav.home": {"fi": "Etusivu", "sv": "Startsida", "en": "Home"},
    "home.paths": {
        "fi": "Ladatut palvelupolut",
        "sv": "Inlästa servicestigar",
        "en": "Loaded service paths",
    },
    "home.count": {
        "fi": "{n} polkua ladattu kansioista: {folders}",
        "sv": "{n} stigar inlästa från mappar: {folders}",
        "en": "{n} paths loaded from folders: {folders}",
    },
    "home.none": {
        "fi": "Yhtään kelvollista polkutiedostoa ei löytynyt.",
        "sv": "Inga giltiga stigfiler hittades.",
        "en": "No valid path files were found.",
    },
    "home.invalid": {"fi": "Virheelliset tiedostot", "sv": "Ogiltiga filer", "en": "Invalid files"},
    "home.invalid_help": {
        "fi": "Näitä tiedostoja ei voitu ladata. Muut polut toimivat normaalisti.",
        "sv": "Dessa filer kunde inte läsas in. De andra stigarna fungerar som vanligt.",
        "en": "These files could not be loaded. The other paths work as usual.",
    },
    "home.uses": {
        "fi": "Perehdytä uusia ammattilaisia · käy polku läpi asiakkaan kanssa · vertaa "
        "alueita työpajassa",
        "sv": "Introducera nya yrkespersoner · gå igenom stigen med klienten · jämför "
        "regioner i en workshop",
        "en": "Onboard new professionals · walk a client through the path · compare "
        "regions in a workshop",
    },
    "card.region": {"fi": "Alue", "sv": "Region", "en": "Region"},
    "card.organiser": {"fi": "Järjestäjä", "sv": "Anordnare", "en": "Organiser"},
    "card.updated": {"fi": "Tarkistettu", "sv": "Granskad", "en": "Checked"},
    "card.validity": {"fi": "Voimassa", "sv": "Giltig", "en": "Valid"},
    "card.steps": {"fi": "Vaiheita", "sv": "Steg", "en": "Steps"},
    "card.actors": {"fi": "Toimijoita", "sv": "Aktörer", "en": "Actors"},
    "card.open": {
        "fi": "Avaa polun tutkijassa",
        "sv": "Öppna i stigutforskaren",
        "en": "Open in the path explorer",
    },
    "card.summary": {"fi": "Kuvaus", "sv": "Beskrivning", "en": "Description"},
    "card.findings": {"fi": "Huomioita", "sv": "Iakttagelser", "en": "Findings"},
    "card.file": {"fi": "Tiedosto", "sv": "Fil", "en": "File"},
    "card.sources": {"fi": "Lähteet", "sv": "Källor", "en": "Sources"},
    "card.findings_list": {
        "fi": "Huomiot vaiheittain",
        "sv": "Iakttagelser per steg",
        "en": "Findings by step",
    },
    "validity.always": {"fi": "ei rajattu", "sv": "ej begränsad", "en": "not limited"},
    "validity.range": {"fi": "{start} – {end}", "sv": "{start} – {end}", "en": "{start} – {end}"},
    "validity.current": {"fi": "voimassa nyt", "sv": "gäller nu", "en": "in force now"},
    "validity.past": {
        "fi": "päättynyt – historiallinen kuvaus",
        "sv": "upphört – historisk beskrivning",
        "en": "ended – a historical description",
    },
    "validity.future": {
        "fi": "tulossa voimaan",
        "sv": "träder i kraft senare",
        "en": "not yet in force",
    },
    "fallback.note": {
        "fi": "(ei käännöstä, näytetään kielellä {lang})",
        "sv": "(ingen översättning, visas på {lang})",
        "en": "(no translation, shown in {lang})",
    },
    "fallback.short": {"fi": "kieli: {lang}", "sv": "språk: {lang}", "en": "language: {lang}"},
    # --- load errors -----------------------------------------------------------------------
    "err.where": {
        "fi": "{file}:{line}:{col}",
        "sv": "{file}:{line}:{col}",
        "en": "{file}:{line}:{col}",
    },
    "err.field": {"fi": "kenttä {field}", "sv": "fält {field}", "en": "field {field}"},
    "err.too_large": {
        "fi": "Tiedosto on liian suuri ({size} tavua). Suurin sallittu koko on {limit} tavua "
        "(1 MiB); jaa kuvaus useaan tiedostoon.",
        "sv": "Filen är för stor ({size} byte). Största tillåtna storlek är {limit} byte "
        "(1 MiB); dela upp beskrivningen i flera filer.",
        "en": "The file is too large ({size} bytes). The limit is {limit} bytes (1 MiB); "
        "split the description into several files.",
    },
    "err.unreadable": {
        "fi": "Tiedostoa ei voitu lukea: {reason}.",
        "sv": "Filen kunde inte läsas: {reason}.",
        "en": "The file could not be read: {reason}.",
    },
    "err.encoding": {
        "fi": "Tiedosto ei ole UTF-8-tekstiä. Tallenna se UTF-8-muodossa.",
        "sv": "Filen är inte UTF-8-text. Spara den i UTF-8.",
        "en": "The file is not UTF-8 text. Save it as UTF-8.",
    },
    "err.syntax": {
        "fi": "Tiedosto ei ole kelvollista YAMLia: {problem}. Tarkista sisennys, kaksoispisteet "
        "ja lainausmerkit tällä rivillä.",
        "sv": "Filen är inte giltig YAML: {problem}. Kontrollera indrag, kolon och "
        "citattecken på den här raden.",
        "en": "The file is not valid YAML: {problem}. Check the indentation, colons and "
        "quotes on this line.",
    },
    "err.tag": {
        "fi": "Tunniste {tag} ei kuulu polkutiedostoon. Käytä pelkkiä tekstejä, lukuja, "
        "päivämääriä, listoja ja avain–arvo-pareja.",
        "sv": "Taggen {tag} hör inte hemma i en stigfil. Använd bara text, tal, datum, "
        "listor och nyckel–värde-par.",
        "en": "The tag {tag} does not belong in a path file. Use only plain text, numbers, "
        "dates, lists and key–value pairs.",
    },
    "err.alias_bomb": {
        "fi": "YAML-viittaukset (&ankkuri / *viittaus) monistaisivat tiedoston yli "
        "{limit} solmuun. Kirjoita toistuvat kohdat auki.",
        "sv": "YAML-referenserna (&ankare / *alias) skulle mångfaldiga filen till över "
        "{limit} noder. Skriv ut de upprepade delarna.",
        "en": "The YAML references (&anchor / *alias) would multiply the file beyond "
        "{limit} nodes. Write the repeated parts out.",
    },
    "err.alias_undefined": {
        "fi": "Viittaus *{anchor} osoittaa ankkuriin, jota ei ole määritelty ennen sitä tai joka "
        "sisältää itsensä.",
        "sv": "Aliaset *{anchor} pekar på ett ankare som inte definierats före det eller som "
        "innehåller sig självt.",
        "en": "The alias *{anchor} points to an anchor that is not defined before it or that "
        "contains itself.",
    },
    "err.too_deep": {
        "fi": "Tiedosto on sisäkkäinen yli {limit} tasoa; polkutiedosto tarvitsee vain "
        "muutaman tason.",
        "sv": "Filen är nästlad i över {limit} nivåer; en stigfil behöver bara några få.",
        "en": "The file is nested more than {limit} levels deep; a path file needs only a few.",
    },
    "err.multi_doc": {
        "fi": "Tiedostossa on useampi YAML-dokumentti (---). Yksi polku tiedostoa kohden.",
        "sv": "Filen innehåller flera YAML-dokument (---). En stig per fil.",
        "en": "The file holds more than one YAML document (---). One path per file.",
    },
    "err.not_mapping": {
        "fi": "Tiedoston pitää olla avain–arvo-kuvaus, joka alkaa kentällä format: 1.",
        "sv": "Filen ska vara en nyckel–värde-beskrivning som börjar med format: 1.",
        "en": "The file must be a mapping of fields, starting with format: 1.",
    },
    "err.duplicate_key": {
        "fi": "Kenttä {key} esiintyy kahdesti samassa kohdassa; poista toinen.",
        "sv": "Fältet {key} förekommer två gånger på samma ställe; ta bort det ena.",
        "en": "The field {key} appears twice in the same place; remove one.",
    },
    "err.missing": {
        "fi": "Pakollinen kenttä puuttuu. Lisää {field}.",
        "sv": "Ett obligatoriskt fält saknas. Lägg till {field}.",
        "en": "A required field is missing. Add {field}.",
    },
    "err.extra": {
        "fi": "Tuntematon kenttä. Tarkista kirjoitusasu; sallitut kentät ovat PATH_FORMAT.md:ssä.",
        "sv": "Okänt fält. Kontrollera stavningen; tillåtna fält finns i PATH_FORMAT.md.",
        "en": "Unknown field. Check the spelling; the allowed fields are in PATH_FORMAT.md.",
    },
    "err.text": {
        "fi": "Odotettiin tekstiä: merkkijono tai kielikohtainen kuvaus, esim. "
        "{{fi: …, sv: …, en: …}}.",
        "sv": "Text förväntades: en sträng eller en språkmappning, t.ex. {{fi: …, sv: …, en: …}}.",
        "en": "Expected text: a string or a language mapping such as {{fi: …, sv: …, en: …}}.",
    },
    "err.text_lang": {
        "fi": "Tuntematon kielikoodi {code}; käytä fi, sv tai en.",
        "sv": "Okänd språkkod {code}; använd fi, sv eller en.",
        "en": "Unknown language code {code}; use fi, sv or en.",
    },
    "err.choice": {
        "fi": "Arvo {value} ei ole sallittu. Sallitut: {expected}.",
        "sv": "Värdet {value} är inte tillåtet. Tillåtna: {expected}.",
        "en": "The value {value} is not allowed. Allowed: {expected}.",
    },
    "err.slug": {
        "fi": "Tunnisteen pitää olla pienillä kirjaimilla a–z, numeroilla ja viivoilla "
        "(esim. aktivointisuunnitelma), ei {value}.",
        "sv": "Id:t ska bestå av små bokstäver a–z, siffror och bindestreck "
        "(t.ex. aktiveringsplan), inte {value}.",
        "en": "An id must use lower-case letters a–z, digits and hyphens "
        "(e.g. activation-plan), not {value}.",
    },
    "err.slug_length": {
        "fi": "Polun tunnisteen pituus on 2–64 merkkiä.",
        "sv": "Stigens id ska vara 2–64 tecken långt.",
        "en": "A path id is 2–64 characters long.",
    },
    "err.date": {
        "fi": "Odotettiin päivämäärää muodossa VVVV-KK-PP (esim. 2026-01-15), ei {value}.",
        "sv": "Ett datum i formen ÅÅÅÅ-MM-DD (t.ex. 2026-01-15) förväntades, inte {value}.",
        "en": "Expected a date as YYYY-MM-DD (e.g. 2026-01-15), not {value}.",
    },
    "err.list": {
        "fi": "Odotettiin listaa (rivit alkavat viivalla -).",
        "sv": "En lista förväntades (rader som börjar med -).",
        "en": "Expected a list (lines starting with -).",
    },
    "err.list_empty": {
        "fi": "Listassa pitää olla vähintään yksi kohta.",
        "sv": "Listan måste ha minst en post.",
        "en": "The list needs at least one entry.",
    },
    "err.mapping": {
        "fi": "Odotettiin avain–arvo-kuvausta (kenttä: arvo).",
        "sv": "En nyckel–värde-beskrivning förväntades (fält: värde).",
        "en": "Expected a mapping (field: value).",
    },
    "err.bool": {
        "fi": "Odotettiin arvoa true tai false.",
        "sv": "true eller false förväntades.",
        "en": "Expected true or false.",
    },
    "err.number": {
        "fi": "Odotettiin nollaa suurempaa tai yhtä suurta lukua.",
        "sv": "Ett tal som är noll eller större förväntades.",
        "en": "Expected a number of zero or more.",
    },
    "err.string": {
        "fi": "Odotettiin tekstiä.",
        "sv": "Text förväntades.",
        "en": "Expected a string.",
    },
    "err.format": {
        "fi": "Tuettu muotoversio on 1 (format: 1).",
        "sv": "Formatversionen som stöds är 1 (format: 1).",
        "en": "The supported format version is 1 (format: 1).",
    },
    "err.duration": {
        "fi": "Kesto on {{min: n, max: n, unit: days|weeks|months}} tai teksti.",
        "sv": "Längden är {{min: n, max: n, unit: days|weeks|months}} eller text.",
        "en": "A duration is {{min: n, max: n, unit: days|weeks|months}} or text.",
    },
    "err.duration_empty": {
        "fi": "Anna kestolle min, max tai molemmat.",
        "sv": "Ange min, max eller båda för längden.",
        "en": "Give the duration a min, a max or both.",
    },
    "err.duration_order": {
        "fi": "Keston min on suurempi kuin max.",
        "sv": "Längdens min är större än max.",
        "en": "The duration's min is larger than its max.",
    },
    "err.other": {
        "fi": "Virheellinen arvo: {detail}.",
        "sv": "Ogiltigt värde: {detail}.",
        "en": "Invalid value: {detail}.",
    },
    "err.duplicate_id": {
        "fi": "Tunniste {id} on jo käytössä kohdassa {kind} (rivi {line}); tunnisteiden pitää "
        "olla yksilöllisiä.",
        "sv": "Id:t {id} används redan för {kind} (rad {line}); id:n måste vara unika.",
        "en": "The id {id} is already used by a {kind} (line {line}); ids must be unique.",
    },
    "err.dangling": {
        "fi": "Viittaus {value} ei osu mihinkään: {kind} ei löydy. Olemassa olevat: {known}.",
        "sv": "Referensen {value} pekar inte på något: {kind} saknas. Befintliga: {known}.",
        "en": "The reference {value} points nowhere: no such {kind}. Existing: {known}.",
    },
    "err.step_phase_kind": {
        "fi": "Vaihetyyppi {kind} kuuluu vaiheeseen {expected}, mutta vaihe {phase} on {actual}.",
        "sv": "Stegtypen {kind} hör till fasen {expected}, men fasen {phase} är {actual}.",
        "en": "The step kind {kind} belongs to a {expected} phase, but phase {phase} is {actual}.",
    },
    "err.duplicate_path": {
        "fi": "Polun tunniste {id} on jo käytössä tiedostossa {other}; tätä tiedostoa ei ladattu.",
        "sv": "Stigens id {id} används redan av filen {other}; den här filen lästes inte in.",
        "en": "The path id {id} is already used by {other}; this file was not loaded.",
    },
    "err.not_found": {
        "fi": "Tiedostoa tai kansiota ei löydy.",
        "sv": "Filen eller mappen finns inte.",
        "en": "No such file or folder.",
    },
    "kind.source": {"fi": "lähde", "sv": "källa", "en": "source"},
    "kind.actor": {"fi": "toimija", "sv": "aktör", "en": "actor"},
    "kind.phase": {"fi": "vaihe", "sv": "fas", "en": "phase"},
    "kind.step": {"fi": "askel", "sv": "steg", "en": "step"},
    # --- findings --------------------------------------------------------------------------
    "finding.gap": {
        "fi": "Katvealue: vaiheella ei ole vastuutoimijaa.",
        "sv": "Gråzon: steget har ingen ansvarig aktör.",
        "en": "Gap: no actor is responsible for this step.",
    },
    "finding.overlap": {
        "fi": "Päällekkäisyys: vaiheella on {n} vastuutoimijaa ({actors}).",
        "sv": "Överlappning: steget har {n} ansvariga aktörer ({actors}).",
        "en": "Overlap: {n} actors are responsible for this step ({actors}).",
    },
    "finding.unreachable": {
        "fi": "Vaiheeseen ei pääse mistään aloitusvaiheesta.",
        "sv": "Steget kan inte nås från något startsteg.",
        "en": "This step cannot be reached from any entry step.",
    },
    "finding.no_exit": {
        "fi": "Polulla ei ole yhtään poistumisvaihetta (vaihetta ilman jatkoa).",
        "sv": "Stigen har inget utgångssteg (steg utan fortsättning).",
        "en": "The path has no exit (a step with no next step).",
    },
    "finding.no_way_out": {
        "fi": "Tästä vaiheesta ei pääse mihinkään poistumisvaiheeseen.",
        "sv": "Från det här steget leder ingen väg till ett utgångssteg.",
        "en": "No way leads from this step to an exit.",
    },
    "finding.cold_handoff": {
        "fi": "Kylmä siirto vaiheeseen {to}: asiakas ohjataan ottamaan itse yhteyttä.",
        "sv": "Kall överlämning till {to}: klienten hänvisas att själv ta kontakt.",
        "en": "Cold handoff to {to}: the client is referred and left to make contact.",
    },
    "finding.missing_translation": {
        "fi": "Käännös puuttuu kielille {langs}: {fields}.",
        "sv": "Översättning saknas på {langs}: {fields}.",
        "en": "Translation missing in {langs}: {fields}.",
    },
    "finding.unsourced": {
        "fi": "Vaiheelle ei ole merkitty lähdettä.",
        "sv": "Steget har ingen källa.",
        "en": "No source is given for this step.",
    },
    "finding.kind.gap": {"fi": "katvealue", "sv": "gråzon", "en": "gap"},
    "finding.kind.overlap": {"fi": "päällekkäisyys", "sv": "överlappning", "en": "overlap"},
    "finding.kind.unreachable": {"fi": "saavuttamaton", "sv": "onåbar", "en": "unreachable"},
    "finding.kind.no_exit": {"fi": "ei poistumista", "sv": "ingen utgång", "en": "no exit"},
    "finding.kind.no_way_out": {"fi": "umpikuja", "sv": "återvändsgränd", "en": "dead end"},
    "finding.kind.cold_handoff": {
        "fi": "kylmä siirto",
        "sv": "kall överlämning",
        "en": "cold handoff",
    },
    "finding.kind.missing_translation": {
        "fi": "käännös puuttuu",
        "sv": "översättning saknas",
        "en": "missing translation",
    },
    "finding.kind.unsourced": {"fi": "ei lähdettä", "sv": "ingen källa", "en": "unsourced"},
    "finding.path_level": {"fi": "koko polku", "sv": "hela stigen", "en": "whole path"},
    # --- CLI -------------------------------------------------------------------------------
    "cli.ok": {
        "fi": "{file}: kelvollinen ({steps} vaihetta, {findings} huomiota)",
        "sv": "{file}: giltig ({steps} steg, {findings} iakttagelser)",
        "en": "{file}: valid ({steps} steps, {findings} findings)",
    },
    "cli.invalid": {"fi": "{file}: virheellinen", "sv": "{file}: ogiltig", "en": "{file}: invalid"},
    "cli.summary": {
        "fi": "{valid} kelvollista, {invalid} virheellistä tiedostoa",
        "sv": "{valid} giltiga, {invalid} ogiltiga filer",
        "en": "{valid} valid, {invalid} invalid files",
    },
    "cli.no_files": {
        "fi": "Yhtään .yaml-tiedostoa ei löytynyt: {where}",
        "sv": "Inga .yaml-filer hittades: {where}",
        "en": "No .yaml files found: {where}",
    },
    # --- diagram and its text alternative ----------------------------------------------------
    "diagram.nobody": {
        "fi": "ei vastuutoimijaa",
        "sv": "ingen ansvarig",
        "en": "no one responsible",
    },
    "diagram.entry": {"fi": "▶ alku", "sv": "▶ start", "en": "▶ start"},
    "diagram.exit": {"fi": "■ polku päättyy", "sv": "■ stigen slutar", "en": "■ path ends"},
    "diagram.warm": {"fi": "saattaen", "sv": "med följeslagning", "en": "warm handoff"},
    "diagram.cold": {"fi": "kylmä siirto", "sv": "kall överlämning", "en": "cold handoff"},
    "alt.responsible": {
        "fi": "vastuussa: {who}",
        "sv": "ansvarig: {who}",
        "en": "responsible: {who}",
    },
    "alt.nobody": {
        "fi": "ei vastuutoimijaa (katvealue)",
        "sv": "ingen ansvarig (gråzon)",
        "en": "no one responsible (a gap)",
    },
    "alt.with": {"fi": "mukana: {who}", "sv": "med: {who}", "en": "with: {who}"},
    "alt.next": {"fi": "seuraavaksi: {steps}", "sv": "sedan: {steps}", "en": "next: {steps}"},
    "alt.exit": {
        "fi": "polku päättyy tähän",
        "sv": "stigen slutar här",
        "en": "the path ends here",
    },
    "nav.explorer": {"fi": "Polun tutkija", "sv": "Stigutforskaren", "en": "Path explorer"},
    "explorer.intro": {
        "fi": "Napsauta vaihetta kaaviossa tai siirry siihen sarkaimella ja paina Enter. Jokainen näkymä on linkki, jonka voi jakaa.",
        "sv": "Klicka på ett steg i diagrammet eller gå till det med tabb och tryck Enter. Varje vy är en länk som kan delas.",
        "en": "Click a step in the diagram, or Tab to it and press Enter. Every view is a link you can share.",
    },
    "explorer.path": {"fi": "Palvelupolku", "sv": "Servicestig", "en": "Service path"},
    "explorer.lens": {"fi": "Toimijan näkökulma", "sv": "Aktörens perspektiv", "en": "Actor lens"},
    "explorer.lens_none": {"fi": "Kaikki toimijat", "sv": "Alla aktörer", "en": "All actors"},
    "explorer.lens_kind": {
        "fi": "Kaikki tyyppiä: {kind}",
        "sv": "Alla av typen: {kind}",
        "en": "Every actor of kind: {kind}",
    },
    "explorer.step": {"fi": "Vaihe", "sv": "Steg", "en": "Step"},
    "explorer.step_of": {"fi": "Vaihe {n} / {m}", "sv": "Steg {n} av {m}", "en": "Step {n} of {m}"},
    "explorer.phase": {
        "fi": "Polun osa: {phase}",
        "sv": "Del av stigen: {phase}",
        "en": "Phase: {phase}",
    },
    "explorer.prev": {"fi": "← Edellinen", "sv": "← Föregående", "en": "← Previous"},
    "explorer.next": {
        "fi": "Seuraava: {title} →",
        "sv": "Nästa: {title} →",
        "en": "Next: {title} →",
    },
    "explorer.next_when": {
        "fi": "{when}: {title} →",
        "sv": "{when}: {title} →",
        "en": "{when}: {title} →",
    },
    "explorer.choices": {
        "fi": "Seuraavaksi – valitse tilanteen mukaan:",
        "sv": "Sedan – välj enligt situationen:",
        "en": "Next – choose what fits the situation:",
    },
    "explorer.at_exit": {
        "fi": "Polku päättyy tähän vaiheeseen.",
        "sv": "Stigen slutar vid det här steget.",
        "en": "The path ends at this step.",
    },
    "explorer.pro_view": {
        "fi": "Ammattilaisen teksti",
        "sv": "Text för yrkespersoner",
        "en": "Professional text",
    },
    "explorer.client_view": {"fi": "Asiakkaan teksti", "sv": "Klientens text", "en": "Client text"},
    "explorer.text_view": {"fi": "Näytä", "sv": "Visa", "en": "Show"},
    "panel.roles": {
        "fi": "Toimijat ja tehtävät",
        "sv": "Aktörer och uppgifter",
        "en": "Actors and tasks",
    },
    "panel.client_does": {
        "fi": "Mitä asiakas tekee",
        "sv": "Vad klienten gör",
        "en": "What the client does",
    },
    "panel.documents": {"fi": "Asiakirjat", "sv": "Dokument", "en": "Documents"},
    "panel.legal": {"fi": "Säädösperusta", "sv": "Rättslig grund", "en": "Legal basis"},
    "panel.duration": {"fi": "Kesto", "sv": "Längd", "en": "Duration"},
    "panel.sources": {"fi": "Lähteet", "sv": "Källor", "en": "Sources"},
    "panel.next": {"fi": "Seuraavat vaiheet", "sv": "Följande steg", "en": "Next steps"},
    "panel.no_text": {
        "fi": "Tälle vaiheelle ei ole kirjoitettu tätä tekstiä.",
        "sv": "Den här texten saknas för steget.",
        "en": "This text is not written for this step.",
    },
    "panel.findings": {"fi": "Huomiot", "sv": "Iakttagelser", "en": "Findings"},
    "panel.contact": {"fi": "Yhteys", "sv": "Kontakt", "en": "Contact"},
    "panel.source_missing": {
        "fi": "Lähdettä {id} ei ole tiedoston lähdeluettelossa.",
        "sv": "Källan {id} finns inte i filens källförteckning.",
        "en": "Source {id} is not in the file's source list.",
    },
    "duration.range": {
        "fi": "{min}–{max} {unit}",
        "sv": "{min}–{max} {unit}",
        "en": "{min}–{max} {unit}",
    },
    "duration.min": {
        "fi": "vähintään {min} {unit}",
        "sv": "minst {min} {unit}",
        "en": "at least {min} {unit}",
    },
    "duration.max": {
        "fi": "enintään {max} {unit}",
        "sv": "högst {max} {unit}",
        "en": "at most {max} {unit}",
    },
    "unit.days": {"fi": "päivää", "sv": "dagar", "en": "days"},
    "unit.weeks": {"fi": "viikkoa", "sv": "veckor", "en": "weeks"},
    "unit.months": {"fi": "kuukautta", "sv": "månader", "en": "months"},
    "role.responsible": {"fi": "vastuussa", "sv": "ansvarig", "en": "responsible"},
    "role.participates": {"fi": "osallistuu", "sv": "deltar", "en": "participates"},
    "role.consulted": {"fi": "konsultoidaan", "sv": "konsulteras", "en": "consulted"},
    "role.informed": {"fi": "tiedotetaan", "sv": "informeras", "en": "informed"},
    "actor_kind.client": {"fi": "asiakas", "sv": "klient", "en": "client"},
    "actor_kind.employment-services": {
        "fi": "työllisyyspalvelut",
        "sv": "sysselsättningstjänster",
        "en": "employment services",
    },
    "actor_kind.social-services": {
        "fi": "sosiaalipalvelut",
        "sv": "socialtjänster",
        "en": "social services",
    },
    "actor_kind.health-care": {
        "fi": "terveydenhuolto",
        "sv": "hälso- och sjukvård",
        "en": "health care",
    },
    "actor_kind.kela": {"fi": "Kela", "sv": "FPA", "en": "Kela"},
    "actor_kind.multi-agency": {
        "fi": "monialainen tiimi",
        "sv": "sektorsövergripande team",
        "en": "multi-agency team",
    },
    "actor_kind.activity-provider": {
        "fi": "toiminnan järjestäjä",
        "sv": "verksamhetsanordnare",
        "en": "activity provider",
    },
    "actor_kind.rehabilitation-provider": {
        "fi": "kuntoutuksen tuottaja",
        "sv": "rehabiliteringsproducent",
        "en": "rehabilitation provider",
    },
    "actor_kind.ngo": {"fi": "järjestö", "sv": "organisation", "en": "NGO"},
    "actor_kind.education": {"fi": "koulutus", "sv": "utbildning", "en": "education"},
    "actor_kind.employer": {"fi": "työnantaja", "sv": "arbetsgivare", "en": "employer"},
    "actor_kind.pension-provider": {
        "fi": "eläkelaitos",
        "sv": "pensionsanstalt",
        "en": "pension provider",
    },
    "actor_kind.other": {"fi": "muu", "sv": "annan", "en": "other"},
    "lens.title": {
        "fi": "{actor}: tehtävät järjestyksessä",
        "sv": "{actor}: uppgifter i ordning",
        "en": "{actor}: tasks in order",
    },
    "lens.receives": {
        "fi": "saa asiakkaan: {who}",
        "sv": "tar emot klienten från: {who}",
        "en": "receives the client from: {who}",
    },
    "lens.hands": {
        "fi": "siirtää asiakkaan: {who}",
        "sv": "lämnar över klienten till: {who}",
        "en": "hands the client on to: {who}",
    },
    "lens.none": {
        "fi": "Tällä toimijalla ei ole roolia tällä polulla.",
        "sv": "Aktören har ingen roll på den här stigen.",
        "en": "This actor has no role on this path.",
    },
    "lens.cold_warning": {
        "fi": "Kylmiä siirtoja: {n}",
        "sv": "Kalla överlämningar: {n}",
        "en": "Cold handoffs: {n}",
    },
    "matrix.title": {
        "fi": "Roolimatriisi: vaiheet × toimijat",
        "sv": "Rollmatris: steg × aktörer",
        "en": "Role matrix: steps × actors",
    },
    "alt.title": {
        "fi": "Polku tekstinä ({n} vaihetta)",
        "sv": "Stigen som text ({n} steg)",
        "en": "The path as text ({n} steps)",
    },
    "dl.title": {"fi": "Lataa", "sv": "Ladda ner", "en": "Download"},
    "dl.svg": {"fi": "Kaavio (SVG)", "sv": "Diagram (SVG)", "en": "Diagram (SVG)"},
    "dl.dot": {
        "fi": "Graphviz-lähde (DOT)",
        "sv": "Graphviz-källa (DOT)",
        "en": "Graphviz source (DOT)",
    },
    "dl.csv": {"fi": "Roolimatriisi (CSV)", "sv": "Rollmatris (CSV)", "en": "Role matrix (CSV)"},
    "dl.png_hint": {
        "fi": "PNG-kuvan saat kaavion yläpuolen painikkeesta.",
        "sv": "PNG-bilden får du med knappen ovanför diagrammet.",
        "en": "Get a PNG with the button above the diagram.",
    },
    "diagram.zoom_in": {"fi": "Suurenna", "sv": "Förstora", "en": "Zoom in"},
    "diagram.zoom_out": {"fi": "Pienennä", "sv": "Förminska", "en": "Zoom out"},
    "diagram.fit": {"fi": "Sovita leveyteen", "sv": "Anpassa till bredden", "en": "Fit to width"},
    "diagram.actual": {"fi": "Todellinen koko", "sv": "Verklig storlek", "en": "Actual size"},
    "diagram.png": {"fi": "Lataa PNG", "sv": "Ladda ner PNG", "en": "Download PNG"},
    "diagram.label": {
        "fi": "Palvelupolun kaavio. Valitse vaihe napsauttamalla tai sarkaimella ja Enterillä.",
        "sv": "Diagram över servicestigen. Välj ett steg genom att klicka eller med tabb och Enter.",
        "en": "Service path diagram. Choose a step by clicking, or with Tab and Enter.",
    },
    "diagram.legend": {
        "fi": "Selite: vastuutoimijan tyyppi",
        "sv": "Förklaring: typ av ansvarig aktör",
        "en": "Legend: kind of responsible actor",
    },
    "diagram.legend_dimmed": {
        "fi": "muu kuin valittu toimija (himmennetty)",
        "sv": "annan än vald aktör (nedtonad)",
        "en": "not the chosen actor (dimmed)",
    },
    "diagram.legend_edges": {
        "fi": "Nuolet: paksu vihreä = saattaen vaihtaen, katkoviiva = kylmä siirto, kaksoisreuna = polku päättyy.",
        "sv": "Pilar: tjock grön = med följeslagning, streckad = kall överlämning, dubbel kant = stigen slutar.",
        "en": "Arrows: thick green = warm handoff, dashed = cold handoff; a double border = the path ends.",
    },
    "diagram.too_big": {
        "fi": "Kaavio on liian suuri piirrettäväksi ({n} vaihetta); käytä tekstivastinetta alla.",
        "sv": "Diagrammet är för stort att rita ({n} steg); använd textversionen nedan.",
        "en": "The diagram is too large to draw ({n} steps); use the text version below.",
    },
    "diagram.failed": {
        "fi": "Kaaviota ei voitu piirtää. Polku näkyy tekstinä alla.",
        "sv": "Diagrammet kunde inte ritas. Stigen visas som text nedan.",
        "en": "The diagram could not be drawn. The path is shown as text below.",
    },
    "link.unknown_path": {
        "fi": "Linkin polkua ”{value}” ei löytynyt; näytetään {title}.",
        "sv": "Stigen ”{value}” i länken hittades inte; visar {title}.",
        "en": "The path “{value}” in the link was not found; showing {title}.",
    },
    "link.unknown_step": {
        "fi": "Linkin vaihetta ”{value}” ei ole tällä polulla; näytetään ensimmäinen vaihe.",
        "sv": "Steget ”{value}” i länken finns inte på stigen; visar det första steget.",
        "en": "The step “{value}” in the link is not on this path; showing the first step.",
    },
    "link.unknown_actor": {
        "fi": "Linkin toimijaa ”{value}” ei ole tällä polulla; näytetään kaikki toimijat.",
        "sv": "Aktören ”{value}” i länken finns inte på stigen; visar alla aktörer.",
        "en": "The actor “{value}” in the link is not on this path; showing all actors.",
    },
    "validity.notice_past": {
        "fi": "Tämä kuvaus on historiallinen: se oli voimassa {range}. Palvelu on sen jälkeen muuttunut.",
        "sv": "Beskrivningen är historisk: den gällde {range}. Tjänsten har ändrats sedan dess.",
        "en": "This description is historical: it applied {range}. The service has changed since.",
    },
    "validity.notice_future": {
        "fi": "Tämä kuvaus tulee voimaan: {range}.",
        "sv": "Beskrivningen börjar gälla: {range}.",
        "en": "This description applies from: {range}.",
    },
    "nav.meeting": {"fi": "Asiakastapaaminen", "sv": "Klientmöte", "en": "Client meeting"},
    "meeting.intro": {
        "fi": "Käykää polku läpi yhdessä, vaihe kerrallaan. Mitään asiakkaasta ei tallenneta.",
        "sv": "Gå igenom stigen tillsammans, ett steg i taget. Ingenting om klienten sparas.",
        "en": "Walk the path together, one step at a time. Nothing about the client is saved.",
    },
    "meeting.you_are_here": {"fi": "Olet tässä", "sv": "Du är här", "en": "You are here"},
    "meeting.step_of": {"fi": "Vaihe {n}/{m}", "sv": "Steg {n}/{m}", "en": "Step {n} of {m}"},
    "meeting.no_plain_text": {
        "fi": "Tälle vaiheelle ei ole vielä kirjoitettu selkokielistä tekstiä.",
        "sv": "Det finns ännu ingen lättläst text för det här steget.",
        "en": "A plain-language text has not been written for this step yet.",
    },
    "meeting.who": {"fi": "Kuka hoitaa", "sv": "Vem sköter det", "en": "Who does it"},
    "meeting.contact": {"fi": "Yhteys", "sv": "Kontakt", "en": "How to reach them"},
    "meeting.you_do": {"fi": "Mitä sinä teet", "sv": "Vad du gör", "en": "What you do"},
    "meeting.bring": {"fi": "Ota mukaan", "sv": "Ta med", "en": "What to bring"},
    "meeting.how_long": {"fi": "Kuinka kauan", "sv": "Hur länge", "en": "How long it takes"},
    "meeting.with": {"fi": "Mukana myös", "sv": "Också med", "en": "Also taking part"},
    "meeting.question": {
        "fi": "Mikä näistä kuvaa tilannettasi?",
        "sv": "Vilket av de här beskriver din situation?",
        "en": "Which of these describes your situation?",
    },
    "meeting.next": {"fi": "Seuraavaksi: {title}", "sv": "Sedan: {title}", "en": "Next: {title}"},
    "meeting.choice": {
        "fi": "{when} → {title}",
        "sv": "{when} → {title}",
        "en": "{when} → {title}",
    },
    "meeting.back": {"fi": "← Takaisin", "sv": "← Tillbaka", "en": "← Back"},
    "meeting.restart": {"fi": "Alkuun", "sv": "Till början", "en": "Start again"},
    "meeting.end": {
        "fi": "Tämä on polun päätepiste.",
        "sv": "Här slutar stigen.",
        "en": "This is where the path ends.",
    },
    "meeting.keys": {
        "fi": "Näppäimet: → seuraava, ← takaisin, numerot valitsevat vaihtoehdon.",
        "sv": "Tangenter: → nästa, ← tillbaka, siffrorna väljer ett alternativ.",
        "en": "Keys: → next, ← back, numbers pick a choice.",
    },
    "meeting.map": {"fi": "Polun kartta", "sv": "Karta över stigen", "en": "Map of the path"},
    "meeting.walked": {"fi": "Kuljettu reitti", "sv": "Vägen hittills", "en": "The way so far"},
    "meeting.map_marks": {
        "fi": "✓ = kuljettu, ● = olet tässä",
        "sv": "✓ = gått, ● = du är här",
        "en": "✓ = walked, ● = you are here",
    },
    "diagram.walked": {"fi": "✓ kuljettu", "sv": "✓ gått", "en": "✓ walked"},
    "diagram.here": {"fi": "● olet tässä", "sv": "● du är här", "en": "● you are here"},
    "handout.title": {"fi": "Moniste mukaan", "sv": "Utdelningsblad", "en": "Handout to take home"},
    "handout.help": {
        "fi": "Moniste tehdään vain sinun laitteellesi ladattavaksi. Nimi on vapaaehtoinen, eikä sitä tallenneta mihinkään.",
        "sv": "Bladet skapas bara för nedladdning till din enhet. Namnet är frivilligt och sparas ingenstans.",
        "en": "The handout is made only for you to download. The name is optional and is not saved anywhere.",
    },
    "handout.name": {
        "fi": "Nimi monisteeseen (vapaaehtoinen)",
        "sv": "Namn på bladet (frivilligt)",
        "en": "Name on the handout (optional)",
    },
    "handout.pdf": {
        "fi": "Lataa moniste (PDF)",
        "sv": "Ladda ner bladet (PDF)",
        "en": "Download the handout (PDF)",
    },
    "handout.html": {
        "fi": "Tulostettava sivu (HTML)",
        "sv": "Utskrivbar sida (HTML)",
        "en": "Printable page (HTML)",
    },
    "handout.heading": {
        "fi": "Sinun polkusi: {title}",
        "sv": "Din stig: {title}",
        "en": "Your path: {title}",
    },
    "handout.for": {"fi": "Kenelle: {name}", "sv": "För: {name}", "en": "For: {name}"},
    "handout.made": {
        "fi": "Tehty {date} Polku-sovelluksella. Monistetta ei ole tallennettu.",
        "sv": "Gjord {date} med Polku. Bladet har inte sparats.",
        "en": "Made on {date} with Polku. The handout has not been saved.",
    },
    "handout.now": {
        "fi": "Nyt olet vaiheessa: {title}",
        "sv": "Nu är du i steget: {title}",
        "en": "You are now at: {title}",
    },
    "handout.steps": {
        "fi": "Seuraavat vaiheet",
        "sv": "De följande stegen",
        "en": "The steps ahead",
    },
    "handout.contacts": {"fi": "Yhteystiedot", "sv": "Kontaktuppgifter", "en": "Contacts"},
    "handout.validity": {
        "fi": "Kuvaus: {region}, {validity}. Tarkistettu {updated}.",
        "sv": "Beskrivning: {region}, {validity}. Granskad {updated}.",
        "en": "Description: {region}, {validity}. Checked {updated}.",
    },
    "handout.no_contact": {
        "fi": "ei yhteystietoa kuvauksessa",
        "sv": "ingen kontakt i beskrivningen",
        "en": "no contact given in the description",
    },
    "handout.or": {"fi": "tai", "sv": "eller", "en": "or"},
    "nav.onboarding": {"fi": "Perehdytys", "sv": "Introduktion", "en": "Onboarding"},
    "onb.intro": {
        "fi": "Opettele polku oman roolisi kautta: missä toimit, mitä teet, keneltä asiakas tulee ja kenelle hän jatkaa, minkä lain nojalla.",
        "sv": "Lär dig stigen utifrån din egen roll: var du agerar, vad du gör, från vem klienten kommer och till vem hen går vidare, enligt vilken lag.",
        "en": "Learn the path from your own role: where you act, what you do, from whom clients come and to whom they go on, under which law.",
    },
    "onb.role": {"fi": "Roolisi", "sv": "Din roll", "en": "Your role"},
    "onb.tab_tour": {"fi": "Kierros", "sv": "Rundtur", "en": "Tour"},
    "onb.tab_elsewhere": {
        "fi": "Sama rooli muualla",
        "sv": "Samma roll på andra håll",
        "en": "Same role elsewhere",
    },
    "onb.tab_glossary": {"fi": "Sanasto", "sv": "Ordlista", "en": "Glossary"},
    "onb.tab_law": {"fi": "Laki ja aikajana", "sv": "Lag och tidslinje", "en": "Law and timeline"},
    "onb.tab_quiz": {"fi": "Itsearviointi", "sv": "Självtest", "en": "Self-check"},
    "onb.stops": {
        "fi": "{n} vaihetta, joissa roolisi toimii tällä polulla",
        "sv": "{n} steg där din roll agerar på stigen",
        "en": "{n} steps where your role acts on this path",
    },
    "onb.none": {
        "fi": "Tällä roolilla ei ole tehtäviä tällä polulla.",
        "sv": "Rollen har inga uppgifter på den här stigen.",
        "en": "This role has no tasks on this path.",
    },
    "onb.stop_of": {"fi": "Kohde {n}/{m}", "sv": "Stopp {n}/{m}", "en": "Stop {n} of {m}"},
    "onb.prev": {"fi": "← Edellinen kohde", "sv": "← Föregående stopp", "en": "← Previous stop"},
    "onb.next": {"fi": "Seuraava kohde →", "sv": "Nästa stopp →", "en": "Next stop →"},
    "onb.your_task": {"fi": "Sinun tehtäväsi", "sv": "Din uppgift", "en": "Your task"},
    "onb.client_situation": {
        "fi": "Asiakkaan tilanne tässä",
        "sv": "Klientens situation här",
        "en": "The client's situation here",
    },
    "onb.before": {"fi": "Ennen tätä", "sv": "Före detta", "en": "Before this"},
    "onb.after": {"fi": "Tämän jälkeen", "sv": "Efter detta", "en": "After this"},
    "onb.entry": {
        "fi": "Polku alkaa tästä.",
        "sv": "Stigen börjar här.",
        "en": "The path starts here.",
    },
    "onb.not_stated": {
        "fi": "siirron tapaa ei kerrottu",
        "sv": "överlämningen anges inte",
        "en": "handoff not stated",
    },
    "onb.terms_here": {
        "fi": "Termejä tässä vaiheessa",
        "sv": "Termer i det här steget",
        "en": "Terms in this step",
    },
    "onb.elsewhere_caption": {
        "fi": "Miten sama rooli ({kind}) näkyy kaikilla ladatuilla poluilla.",
        "sv": "Hur samma roll ({kind}) syns på alla inlästa stigar.",
        "en": "How the same role ({kind}) appears on every loaded path.",
    },
    "onb.col_path": {"fi": "Polku", "sv": "Stig", "en": "Path"},
    "onb.col_steps": {"fi": "Vaiheita", "sv": "Steg", "en": "Steps"},
    "onb.col_leads": {"fi": "Vastuussa", "sv": "Ansvarig", "en": "Leads"},
    "onb.col_where": {"fi": "Missä", "sv": "Var", "en": "Where"},
    "onb.col_only": {
        "fi": "Vain tällä polulla",
        "sv": "Bara på den här stigen",
        "en": "Only on this path",
    },
    "onb.search": {
        "fi": "Hae termiä (suomeksi, ruotsiksi tai englanniksi)",
        "sv": "Sök term (på finska, svenska eller engelska)",
        "en": "Search a term (in Finnish, Swedish or English)",
    },
    "onb.results": {"fi": "{n} termiä", "sv": "{n} termer", "en": "{n} terms"},
    "onb.col_definition": {"fi": "Selitys", "sv": "Förklaring", "en": "Definition"},
    "onb.col_origin": {"fi": "Lähde", "sv": "Källa", "en": "Source"},
    "onb.core": {
        "fi": "yleinen sanasto (DOMAIN.md)",
        "sv": "allmän ordlista (DOMAIN.md)",
        "en": "core glossary (DOMAIN.md)",
    },
    "onb.sv_unverified": {
        "fi": "ruotsinkielistä termiä ei ole varmennettu lähteestä",
        "sv": "den svenska termen är inte verifierad i en källa",
        "en": "the Swedish term is not verified in a source",
    },
    "onb.laws": {"fi": "Lait", "sv": "Lagar", "en": "Laws"},
    "onb.reforms": {"fi": "Uudistukset", "sv": "Reformer", "en": "Reforms"},
    "onb.timeline": {
        "fi": "Milloin mikäkin kuvaus on voimassa",
        "sv": "När vilken beskrivning gäller",
        "en": "When each description applies",
    },
    "onb.timeline_alt": {
        "fi": "Aikajana tekstinä",
        "sv": "Tidslinjen som text",
        "en": "The timeline as text",
    },
    "onb.today": {"fi": "tänään", "sv": "idag", "en": "today"},
    "onb.check": {"fi": "Tarkista", "sv": "Kontrollera", "en": "Check"},
    "onb.right": {"fi": "Oikein.", "sv": "Rätt.", "en": "Right."},
    "onb.wrong": {"fi": "Ei aivan.", "sv": "Inte riktigt.", "en": "Not quite."},
    "onb.score": {
        "fi": "Pisteet tällä kerralla: {right}/{total} (vain tässä istunnossa)",
        "sv": "Poäng den här gången: {right}/{total} (bara i den här sessionen)",
        "en": "Score this time: {right}/{total} (in this session only)",
    },
    "onb.new_questions": {"fi": "Uudet kysymykset", "sv": "Nya frågor", "en": "New questions"},
    "quiz.who": {
        "fi": "Kuka vastaa vaiheesta ”{step}” alueella {region}?",
        "sv": "Vem ansvarar för steget ”{step}” i {region}?",
        "en": "Who is responsible for “{step}” in {region}?",
    },
    "quiz.pick_all": {
        "fi": "Valitse kaikki oikeat vastaukset",
        "sv": "Välj alla rätta svar",
        "en": "Choose every right answer",
    },
    "quiz.choose": {"fi": "Valitse", "sv": "Välj", "en": "Choose"},
    "quiz.who_answer": {
        "fi": "Vaiheesta ”{step}” vastaa: {who}.",
        "sv": "För steget ”{step}” ansvarar: {who}.",
        "en": "Responsible for “{step}”: {who}.",
    },
    "quiz.next": {
        "fi": "Mitä seuraa vaiheen ”{step}” jälkeen?",
        "sv": "Vad följer efter steget ”{step}”?",
        "en": "What follows “{step}”?",
    },
    "quiz.next_answer": {
        "fi": "Vaiheen ”{step}” jälkeen: {steps}.",
        "sv": "Efter steget ”{step}”: {steps}.",
        "en": "After “{step}”: {steps}.",
    },
}
