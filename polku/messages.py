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
    # Streamlit's and Plotly's own words (accessible names, tooltips, placeholders, input
    # hints), which they write in English only: "en" is their exact text, matched in the page.
    "chrome.open": {"fi": "Avaa", "sv": "Öppna", "en": "Open"},
    "chrome.close": {"fi": "Sulje", "sv": "Stäng", "en": "Close"},
    "chrome.clear_all": {"fi": "Tyhjennä kaikki", "sv": "Rensa alla", "en": "Clear all"},
    "chrome.clear_value": {"fi": "Tyhjennä", "sv": "Rensa", "en": "Clear value"},
    "chrome.selected_values": {"fi": "Valitut", "sv": "Valda", "en": "Selected values"},
    "chrome.choose_option": {"fi": "Valitse", "sv": "Välj", "en": "Choose an option"},
    "chrome.choose_options": {"fi": "Valitse", "sv": "Välj", "en": "Choose options"},
    "chrome.expand_sidebar": {
        "fi": "Näytä sivupalkki",
        "sv": "Visa sidofältet",
        "en": "Expand sidebar",
    },
    "chrome.collapse_sidebar": {
        "fi": "Piilota sivupalkki",
        "sv": "Dölj sidofältet",
        "en": "Collapse sidebar",
    },
    "chrome.sidebar": {"fi": "Sivupalkki", "sv": "Sidofält", "en": "Sidebar"},
    "chrome.app_pages": {"fi": "Sivut", "sv": "Sidor", "en": "App pages"},
    "chrome.main_menu": {"fi": "Päävalikko", "sv": "Huvudmeny", "en": "Main menu"},
    "chrome.link_heading": {
        "fi": "Linkki otsikkoon",
        "sv": "Länk till rubriken",
        "en": "Link to heading",
    },
    "chrome.download_csv": {
        "fi": "Lataa CSV-tiedostona",
        "sv": "Ladda ner som CSV",
        "en": "Download as CSV",
    },
    "chrome.fullscreen": {"fi": "Koko näyttö", "sv": "Helskärm", "en": "Fullscreen"},
    "chrome.close_fullscreen": {
        "fi": "Sulje koko näyttö",
        "sv": "Stäng helskärm",
        "en": "Close fullscreen",
    },
    "chrome.search": {"fi": "Hae", "sv": "Sök", "en": "Search"},
    "chrome.close_search": {"fi": "Sulje haku", "sv": "Stäng sökningen", "en": "Close Search"},
    "chrome.columns": {
        "fi": "Näytä tai piilota sarakkeita",
        "sv": "Visa eller dölj kolumner",
        "en": "Show/hide columns",
    },
    "chrome.choose_date": {"fi": "Valitse päivä", "sv": "Välj datum", "en": "Choose date"},
    "chrome.previous_month": {
        "fi": "Edellinen kuukausi",
        "sv": "Föregående månad",
        "en": "Previous month",
    },
    "chrome.next_month": {"fi": "Seuraava kuukausi", "sv": "Nästa månad", "en": "Next month"},
    "chrome.scroll_left": {
        "fi": "Vieritä välilehtiä vasemmalle",
        "sv": "Rulla flikarna åt vänster",
        "en": "Scroll tabs left",
    },
    "chrome.scroll_right": {
        "fi": "Vieritä välilehtiä oikealle",
        "sv": "Rulla flikarna åt höger",
        "en": "Scroll tabs right",
    },
    "chrome.running": {"fi": "Käynnissä…", "sv": "Körs…", "en": "Running..."},
    "chrome.add_files": {"fi": "Lisää tiedosto", "sv": "Lägg till fil", "en": "Add files"},
    "chrome.day": {"fi": "päivä, {label}", "sv": "dag, {label}", "en": "day, {label}"},
    "chrome.month": {"fi": "kuukausi, {label}", "sv": "månad, {label}", "en": "month, {label}"},
    "chrome.year": {"fi": "vuosi, {label}", "sv": "år, {label}", "en": "year, {label}"},
    "chrome.connection_error": {
        "fi": "Yhteys palvelimeen katkesi",
        "sv": "Anslutningen till servern bröts",
        "en": "Connection error",
    },
    "chrome.not_responding": {
        "fi": "Palvelin ei vastaa. Onko laite yhteydessä verkkoon? Sivu yhdistää uudelleen "
        "itsestään, kun yhteys palaa.",
        "sv": "Servern svarar inte. Är enheten ansluten till nätet? Sidan ansluter igen av sig "
        "själv när anslutningen är tillbaka.",
        "en": "Streamlit server is not responding. Are you connected to the internet?",
    },
    "chrome.still_running": {
        "fi": "Palvelin ei vastaa. Jos pysäytit sen, käynnistä se uudelleen päätteessä:",
        "sv": "Servern svarar inte. Om du stoppade den, starta den igen i terminalen:",
        "en": "Is Streamlit still running? If you accidentally stopped Streamlit, just "
        "restart it in your terminal:",
    },
    "chrome.connecting": {"fi": "Yhdistetään", "sv": "Ansluter", "en": "Connecting"},
    "chrome.rerun": {"fi": "Suorita uudelleen", "sv": "Kör igen", "en": "Rerun"},
    "chrome.stop": {"fi": "Pysäytä", "sv": "Stoppa", "en": "Stop"},
    "chrome.notifications": {"fi": "Ilmoitukset", "sv": "Aviseringar", "en": "Notifications"},
    "chrome.increment": {"fi": "Kasvata", "sv": "Öka", "en": "Increment"},
    "chrome.decrement": {"fi": "Vähennä", "sv": "Minska", "en": "Decrement"},
    "chrome.zoom": {"fi": "Suurenna rajaamalla", "sv": "Förstora ett område", "en": "Zoom"},
    "chrome.zoom_in": {"fi": "Suurenna", "sv": "Förstora", "en": "Zoom in"},
    "chrome.zoom_out": {"fi": "Pienennä", "sv": "Förminska", "en": "Zoom out"},
    "chrome.pan": {"fi": "Siirrä", "sv": "Panorera", "en": "Pan"},
    "chrome.autoscale": {"fi": "Sovita näkymä", "sv": "Anpassa skalan", "en": "Autoscale"},
    "chrome.reset_axes": {"fi": "Palauta akselit", "sv": "Återställ axlarna", "en": "Reset axes"},
    "chrome.png": {
        "fi": "Lataa kuvana (PNG)",
        "sv": "Ladda ner som bild (PNG)",
        "en": "Download plot as a PNG",
    },
    "chrome.box_select": {"fi": "Valitse alue", "sv": "Välj område", "en": "Box Select"},
    "chrome.lasso": {"fi": "Valitse vapaasti", "sv": "Frihandsval", "en": "Lasso Select"},
    "chrome.help": {"fi": "Ohje: {label}", "sv": "Hjälp: {label}", "en": "Help for {label}"},
    "chrome.shortcut": {
        "fi": "Pikanäppäin {key}",
        "sv": "Kortkommando {key}",
        "en": "Shortcut {key}",
    },
    "chrome.remove": {"fi": "Poista {label}", "sv": "Ta bort {label}", "en": "Remove {label}"},
    "chrome.press_apply": {
        "fi": "Hyväksy painamalla {key}",
        "sv": "Tryck på {key} för att använda",
        "en": "Press {key} to apply",
    },
    "chrome.press_submit": {
        "fi": "Lähetä painamalla {key}",
        "sv": "Tryck på {key} för att skicka",
        "en": "Press {key} to submit form",
    },
    "nav.home": {"fi": "Etusivu", "sv": "Startsida", "en": "Home"},
    "home.paths": {
        "fi": "Ladatut palvelupolut",
        "sv": "Inlästa servicestigar",
        "en": "Loaded service paths",
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
    # The three ways in at the top of Home.
    "home.start": {"fi": "Mistä aloitat?", "sv": "Var börjar du?", "en": "Where do you start?"},
    "home.learn.title": {
        "fi": "Opi palvelujärjestelmä",
        "sv": "Lär dig servicesystemet",
        "en": "Learn the service system",
    },
    "home.learn.text": {
        "fi": "Uusi ammattilainen: kuka tekee mitä, missä järjestyksessä ja minkä lain nojalla "
        "– oman roolisi askeleet yksi kerrallaan.",
        "sv": "Ny yrkesperson: vem gör vad, i vilken ordning och enligt vilken lag – din egen "
        "rolls steg ett i taget.",
        "en": "New to the work: who does what, in what order and under which law – your own "
        "role's steps one at a time.",
    },
    "home.learn.go": {
        "fi": "Aloita perehdytys",
        "sv": "Börja introduktionen",
        "en": "Start the onboarding",
    },
    "home.meet.title": {"fi": "Tapaa asiakas", "sv": "Möt en klient", "en": "Meet a client"},
    "home.meet.text": {
        "fi": "Käykää yhdessä läpi, missä asiakas on nyt ja mitä seuraavaksi tapahtuu – "
        "selkokielellä ja isolla tekstillä. Mitään ei tallenneta.",
        "sv": "Gå tillsammans igenom var klienten är nu och vad som händer härnäst – i "
        "klarspråk och med stor text. Inget sparas.",
        "en": "Go through together where the client is now and what happens next – in plain "
        "words and large type. Nothing is stored.",
    },
    "home.meet.pick": {
        "fi": "Asiakkaan alueen polku",
        "sv": "Stigen för klientens region",
        "en": "The path for the client's region",
    },
    "home.meet.go": {"fi": "Aloita tapaaminen", "sv": "Börja mötet", "en": "Start the meeting"},
    "home.workshop.title": {
        "fi": "Vertaa alueita työpajassa",
        "sv": "Jämför regioner i en workshop",
        "en": "Compare regions in a workshop",
    },
    "home.workshop.text": {
        "fi": "Polut rinnakkain: missä ne eroavat, missä asiakas jää katvealueelle ja missä "
        "työ tehdään kahteen kertaan.",
        "sv": "Stigarna sida vid sida: var de skiljer sig, var klienten hamnar i en gråzon och "
        "var arbete görs två gånger.",
        "en": "Paths side by side: where they differ, where a client falls into a gap and "
        "where work is done twice.",
    },
    "home.workshop.go": {
        "fi": "Avaa vertailu",
        "sv": "Öppna jämförelsen",
        "en": "Open the comparison",
    },
    "home.opens": {"fi": "Avautuu: {paths}", "sv": "Öppnas: {paths}", "en": "Opens: {paths}"},
    "home.loaded": {
        "fi": {"one": "{n} polku ladattu", "other": "{n} polkua ladattu"},
        "sv": {"one": "{n} stig inläst", "other": "{n} stigar inlästa"},
        "en": {"one": "{n} path loaded", "other": "{n} paths loaded"},
    },
    "home.in_force": {
        "fi": {"one": "{n} voimassa nyt", "other": "{n} voimassa nyt"},
        "sv": {"one": "{n} gäller nu", "other": "{n} gäller nu"},
        "en": {"one": "{n} in force now", "other": "{n} in force now"},
    },
    "home.admin": {
        "fi": "Ylläpitäjälle: ladatut kansiot ja tiedostot",
        "sv": "För administratören: inlästa mappar och filer",
        "en": "For administrators: loaded folders and files",
    },
    "home.folders": {"fi": "Kansiot", "sv": "Mappar", "en": "Folders"},
    "home.files": {"fi": "Tiedostot", "sv": "Filer", "en": "Files"},
    "card.region": {"fi": "Alue", "sv": "Region", "en": "Region"},
    "card.organiser": {"fi": "Järjestäjä", "sv": "Anordnare", "en": "Organiser"},
    "card.updated": {"fi": "Tarkistettu", "sv": "Granskad", "en": "Checked"},
    "card.validity": {"fi": "Voimassa", "sv": "Giltig", "en": "Valid"},
    "card.steps": {
        "fi": {"one": "{n} askel", "other": "{n} askelta"},
        "sv": {"one": "{n} steg", "other": "{n} steg"},
        "en": {"one": "{n} step", "other": "{n} steps"},
    },
    "card.actors": {
        "fi": {"one": "{n} toimija", "other": "{n} toimijaa"},
        "sv": {"one": "{n} aktör", "other": "{n} aktörer"},
        "en": {"one": "{n} actor", "other": "{n} actors"},
    },
    "card.findings": {
        "fi": {"one": "{n} huomio", "other": "{n} huomiota"},
        "sv": {"one": "{n} iakttagelse", "other": "{n} iakttagelser"},
        "en": {"one": "{n} finding", "other": "{n} findings"},
    },
    "card.status.current": {"fi": "Voimassa", "sv": "Gäller", "en": "In force"},
    "card.status.past": {"fi": "Historiallinen", "sv": "Historisk", "en": "Historical"},
    "card.status.future": {"fi": "Tulossa", "sv": "Kommande", "en": "Coming"},
    "card.explore": {"fi": "Tutki polkua", "sv": "Utforska stigen", "en": "Explore the path"},
    "card.meet": {
        "fi": "Käy läpi asiakkaan kanssa",
        "sv": "Gå igenom med en klient",
        "en": "Go through with a client",
    },
    "card.compare": {
        "fi": "Vertaa valtakunnalliseen",
        "sv": "Jämför med den nationella",
        "en": "Compare with the national path",
    },
    "card.compare_others": {
        "fi": "Vertaa muihin polkuihin",
        "sv": "Jämför med andra stigar",
        "en": "Compare with other paths",
    },
    "card.summary": {
        "fi": "Koko kuvaus",
        "sv": "Hela beskrivningen",
        "en": "The whole description",
    },
    "card.file": {"fi": "Tiedosto", "sv": "Fil", "en": "File"},
    "card.sources": {"fi": "Lähteet", "sv": "Källor", "en": "Sources"},
    "card.findings_list": {
        "fi": "Huomiot askeleittain",
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
    "fallback.short": {"fi": "kieli: {lang}", "sv": "språk: {lang}", "en": "language: {lang}"},
    # A text shown in another language, said in the grammar of the UI language: `in_lang` is
    # one of lang.in.* ("ruotsiksi", "på finska", "in Swedish").
    "fallback.shown_in": {
        "fi": "(ei käännöstä, näytetään {in_lang})",
        "sv": "(ingen översättning, visas {in_lang})",
        "en": "(no translation, shown {in_lang})",
    },
    "lang.in.fi": {"fi": "suomeksi", "sv": "på finska", "en": "in Finnish"},
    "lang.in.sv": {"fi": "ruotsiksi", "sv": "på svenska", "en": "in Swedish"},
    "lang.in.en": {"fi": "englanniksi", "sv": "på engelska", "en": "in English"},
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
    "err.other": {
        "fi": "Virheellinen arvo: {detail}.",
        "sv": "Ogiltigt värde: {detail}.",
        "en": "Invalid value: {detail}.",
    },
    "err.number": {
        "fi": "Odotettiin lukua, esim. 3 tai 1.5.",
        "sv": "Ett tal förväntades, t.ex. 3 eller 1.5.",
        "en": "Expected a number, e.g. 3 or 1.5.",
    },
    "err.duplicate_id": {
        "fi": "Tunniste {id} on jo käytössä samassa listassa rivillä {line}; anna tälle oma "
        "tunniste.",
        "sv": "Id:t {id} används redan i samma lista på rad {line}; ge den här ett eget id.",
        "en": "The id {id} is already used in the same list on line {line}; give this one an "
        "id of its own.",
    },
    "err.dangling.step": {
        "fi": "Askelta {value} ei ole tiedostossa. Kirjoita jonkin askeleen tunniste: {known}.",
        "sv": "Steget {value} finns inte i filen. Skriv id:t för ett steg: {known}.",
        "en": "There is no step {value} in the file. Write the id of a step: {known}.",
    },
    "err.dangling.phase": {
        "fi": "Vaihetta {value} ei ole vaiheiden listassa (phases). Kirjoita jonkin vaiheen "
        "tunniste: {known}.",
        "sv": "Fasen {value} finns inte i listan över faser (phases). Skriv id:t för en fas: "
        "{known}.",
        "en": "There is no phase {value} in the list of phases. Write the id of a phase: {known}.",
    },
    "err.dangling.actor": {
        "fi": "Toimijaa {value} ei ole toimijoiden listassa (actors). Kirjoita jonkin "
        "toimijan tunniste: {known}.",
        "sv": "Aktören {value} finns inte i listan över aktörer (actors). Skriv id:t för en "
        "aktör: {known}.",
        "en": "There is no actor {value} in the list of actors. Write the id of an actor: {known}.",
    },
    "err.dangling.source": {
        "fi": "Lähdettä {value} ei ole lähteiden listassa (sources). Lisää se sinne tai "
        "kirjoita jonkin lähteen tunniste: {known}.",
        "sv": "Källan {value} finns inte i listan över källor (sources). Lägg till den där "
        "eller skriv id:t för en källa: {known}.",
        "en": "There is no source {value} in the list of sources. Add it there or write the "
        "id of a source: {known}.",
    },
    # Counts: each form by CLDR plural category (polku.i18n.t picks it by `n`).
    "count.paths": {
        "fi": {"one": "{n} polku", "other": "{n} polkua"},
        "sv": {"one": "{n} stig", "other": "{n} stigar"},
        "en": {"one": "{n} path", "other": "{n} paths"},
    },
    "count.steps": {
        "fi": {"one": "{n} askel", "other": "{n} askelta"},
        "sv": {"one": "{n} steg", "other": "{n} steg"},
        "en": {"one": "{n} step", "other": "{n} steps"},
    },
    "count.findings": {
        "fi": {"one": "{n} huomio", "other": "{n} huomiota"},
        "sv": {"one": "{n} iakttagelse", "other": "{n} iakttagelser"},
        "en": {"one": "{n} finding", "other": "{n} findings"},
    },
    "place.step": {"fi": "askel {n}", "sv": "steg {n}", "en": "step {n}"},
    "place.actor": {"fi": "toimija {n}", "sv": "aktör {n}", "en": "actor {n}"},
    "place.phase": {"fi": "vaihe {n}", "sv": "fas {n}", "en": "phase {n}"},
    "place.source": {"fi": "lähde {n}", "sv": "källa {n}", "en": "source {n}"},
    "place.glossary": {
        "fi": "sanaston kohta {n}",
        "sv": "ordlistans post {n}",
        "en": "glossary entry {n}",
    },
    "place.transition": {"fi": "siirtymä {n}", "sv": "övergång {n}", "en": "transition {n}"},
    "place.role": {"fi": "rooli {n}", "sv": "roll {n}", "en": "role {n}"},
    "place.document": {"fi": "asiakirja {n}", "sv": "dokument {n}", "en": "document {n}"},
    "place.legal_basis": {
        "fi": "säädösperusta {n}",
        "sv": "rättslig grund {n}",
        "en": "legal basis {n}",
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
    # --- a file that changed under a session ----------------------------------------------
    "changed.path": {
        "fi": "Polkua {value} ei ole enää ladattuna: sen tiedosto poistettiin tai polun "
        "tunniste muuttui. Näytetään {title}.",
        "sv": "Stigen {value} är inte längre inläst: filen togs bort eller stigens id "
        "ändrades. {title} visas.",
        "en": "The path {value} is no longer loaded: its file was removed or the path's id "
        "changed. Showing {title}.",
    },
    "changed.step": {
        "fi": "Askelta {value} ei ole enää tämän polun tiedostossa (tiedosto muuttui). "
        "Näytetään {title}.",
        "sv": "Steget {value} finns inte längre i stigens fil (filen ändrades). {title} visas.",
        "en": "The step {value} is no longer in this path's file (the file changed). Showing "
        "{title}.",
    },
    "changed.actor": {
        "fi": "Toimijaa {value} ei ole enää tämän polun tiedostossa (tiedosto muuttui), joten "
        "toimijan näkymä suljettiin.",
        "sv": "Aktören {value} finns inte längre i stigens fil (filen ändrades), så "
        "aktörsvyn stängdes.",
        "en": "The actor {value} is no longer in this path's file (the file changed), so the "
        "actor's view was closed.",
    },
    "changed.role": {
        "fi": "Tämän polun tiedostossa ei ole enää toimijatyyppiä {value} (tiedosto muuttui). "
        "Näytetään {title}.",
        "sv": "Stigens fil har inte längre aktörstypen {value} (filen ändrades). {title} visas.",
        "en": "This path's file no longer has the actor kind {value} (the file changed). "
        "Showing {title}.",
    },
    "changed.paths": {
        "fi": "Vertailusta poistettiin polut, joita ei enää ole ladattuna: {values}.",
        "sv": "Stigar som inte längre är inlästa togs bort ur jämförelsen: {values}.",
        "en": "Paths that are no longer loaded were taken out of the comparison: {values}.",
    },
    "changed.stale": {
        "fi": "Polun ”{title}” tiedostossa on nyt virhe ({n}), joten näytetään sen viimeisin "
        "kelvollinen versio. Kaikki virheet näkyvät etusivulla. Ensimmäinen:",
        "sv": "Filen för stigen ”{title}” har nu fel ({n}), så dess senaste giltiga version "
        "visas. Alla fel finns på startsidan. Det första:",
        "en": "The file of the path “{title}” has errors now ({n}), so its last valid "
        "version is shown. Home lists every error. The first:",
    },
    # --- findings --------------------------------------------------------------------------
    "finding.gap": {
        "fi": "Katvealue: askeleella ei ole vastuutoimijaa.",
        "sv": "Gråzon: steget har ingen ansvarig aktör.",
        "en": "Gap: no actor is responsible for this step.",
    },
    "finding.overlap": {
        "fi": "Päällekkäisyys: askeleella on {n} vastuutoimijaa ({actors}).",
        "sv": "Överlappning: steget har {n} ansvariga aktörer ({actors}).",
        "en": "Overlap: {n} actors are responsible for this step ({actors}).",
    },
    "finding.unreachable": {
        "fi": "Askeleeseen ei pääse mistään aloitusaskeleesta.",
        "sv": "Steget kan inte nås från något startsteg.",
        "en": "This step cannot be reached from any entry step.",
    },
    "finding.no_exit": {
        "fi": "Polulla ei ole yhtään poistumisaskelta (askelta ilman jatkoa).",
        "sv": "Stigen har inget utgångssteg (steg utan fortsättning).",
        "en": "The path has no exit (a step with no next step).",
    },
    "finding.no_way_out": {
        "fi": "Tästä askeleesta ei pääse mihinkään poistumisaskeleeseen.",
        "sv": "Från det här steget leder ingen väg till ett utgångssteg.",
        "en": "No way leads from this step to an exit.",
    },
    "finding.cold_handoff": {
        "fi": "Kylmä siirto askeleeseen {to}: asiakas ohjataan ottamaan itse yhteyttä.",
        "sv": "Kall överlämning till {to}: klienten hänvisas att själv ta kontakt.",
        "en": "Cold handoff to {to}: the client is referred and left to make contact.",
    },
    "finding.missing_translation": {
        "fi": "Käännös puuttuu kielille {langs}: {fields}.",
        "sv": "Översättning saknas på {langs}: {fields}.",
        "en": "Translation missing in {langs}: {fields}.",
    },
    "finding.unsourced": {
        "fi": "Askeleelle ei ole merkitty lähdettä.",
        "sv": "Steget har ingen källa.",
        "en": "No source is given for this step.",
    },
    "finding.kind_phase": {
        "fi": "Askeltyyppi ”{kind}” on tavallisesti vaiheessa ”{usual}”, mutta tämä askel on "
        "vaiheessa ”{actual}”. Tarkista, että tyyppi ja vaihe ovat oikein; tämä on sallittua.",
        "sv": "Stegtypen ”{kind}” hör vanligen till fasen ”{usual}”, men det här steget ligger "
        "i fasen ”{actual}”. Kontrollera att typ och fas stämmer; det här är tillåtet.",
        "en": "The step kind “{kind}” is usually in the “{usual}” phase, but this step is in "
        "the “{actual}” phase. Check that the kind and the phase are right; this is allowed.",
    },
    "finding.unknown_field": {
        "fi": "Kenttää {field} ei ole polkumuodossa, joten sovellus ei näytä sitä. Tarkista "
        "kirjoitusasu (kentät: docs/PATH_FORMAT.md).",
        "sv": "Fältet {field} finns inte i stigformatet, så appen visar det inte. Kontrollera "
        "stavningen (fälten: docs/PATH_FORMAT.md).",
        "en": "The field {field} is not in the path format, so the app does not show it. "
        "Check the spelling (the fields: docs/PATH_FORMAT.md).",
    },
    "finding.unknown_field_like": {
        "fi": "Kenttää {field} ei ole polkumuodossa, joten sovellus ei näytä sitä. "
        "Tarkoititko {like}?",
        "sv": "Fältet {field} finns inte i stigformatet, så appen visar det inte. Menade du "
        "{like}?",
        "en": "The field {field} is not in the path format, so the app does not show it. Did "
        "you mean {like}?",
    },
    "finding.duration_empty": {
        "fi": "Kestolle on annettu yksikkö mutta ei min- eikä max-arvoa; kestoa ei näytetä.",
        "sv": "Längden har en enhet men varken min eller max; längden visas inte.",
        "en": "The duration has a unit but neither a min nor a max; it is not shown.",
    },
    "finding.duration_order": {
        "fi": "Keston min ({min}) on suurempi kuin max ({max}); vaihtoivatko ne paikkaa? "
        "Kestoa ei lasketa vertailun lukuihin.",
        "sv": "Längdens min ({min}) är större än max ({max}); har de bytt plats? Längden "
        "räknas inte med i jämförelsens siffror.",
        "en": "The duration's min ({min}) is larger than its max ({max}); were they swapped? "
        "It is left out of the comparison's figures.",
    },
    "finding.duration_negative": {
        "fi": "Kestossa on negatiivinen luku; kestoa ei lasketa vertailun lukuihin.",
        "sv": "Längden har ett negativt tal; den räknas inte med i jämförelsens siffror.",
        "en": "The duration has a negative number; it is left out of the comparison's figures.",
    },
    "finding.validity_order": {
        "fi": "Voimassaolo päättyy ({until}) ennen kuin se alkaa ({start}); tarkista "
        "valid_from ja valid_until.",
        "sv": "Giltigheten slutar ({until}) innan den börjar ({start}); kontrollera valid_from "
        "och valid_until.",
        "en": "The validity ends ({until}) before it starts ({start}); check valid_from and "
        "valid_until.",
    },
    "finding.unknown_situation": {
        "fi": "Tilannetta {situation} ei ole tilanteiden sanastossa, joten sitä ei voi seurata polulta toiselle. Tarkista kirjoitusasu (sanasto: docs/PATH_FORMAT.md).",
        "sv": "Situationen {situation} finns inte i ordlistan över situationer, så den kan inte följas från stig till stig. Kontrollera stavningen (ordlistan: docs/PATH_FORMAT.md).",
        "en": "The situation {situation} is not in the situations vocabulary, so it cannot be followed from path to path. Check the spelling (the vocabulary: docs/PATH_FORMAT.md).",
    },
    "finding.duplicate_situation": {
        "fi": "Tilanne {situation} on kirjoitettu samaan siirtymään useammin kuin kerran.",
        "sv": "Situationen {situation} står mer än en gång i samma övergång.",
        "en": "The situation {situation} is written more than once on the same transition.",
    },
    "finding.kind.kind_phase": {
        "fi": "epätavallinen vaihe",
        "sv": "ovanlig fas",
        "en": "unusual phase",
    },
    "finding.kind.unknown_field": {
        "fi": "tuntematon kenttä",
        "sv": "okänt fält",
        "en": "unknown field",
    },
    "finding.kind.duration_empty": {"fi": "kesto", "sv": "längd", "en": "duration"},
    "finding.kind.duration_order": {"fi": "kesto", "sv": "längd", "en": "duration"},
    "finding.kind.duration_negative": {"fi": "kesto", "sv": "längd", "en": "duration"},
    "finding.kind.validity_order": {
        "fi": "voimassaolo",
        "sv": "giltighet",
        "en": "validity",
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
    "finding.kind.unknown_situation": {
        "fi": "tuntematon tilanne",
        "sv": "okänd situation",
        "en": "unknown situation",
    },
    "finding.kind.duplicate_situation": {
        "fi": "toistuva tilanne",
        "sv": "upprepad situation",
        "en": "repeated situation",
    },
    "finding.path_level": {"fi": "koko polku", "sv": "hela stigen", "en": "whole path"},
    # --- CLI -------------------------------------------------------------------------------
    "cli.ok": {
        "fi": "{file}: kelvollinen ({steps}, {findings})",
        "sv": "{file}: giltig ({steps}, {findings})",
        "en": "{file}: valid ({steps}, {findings})",
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
    "diagram.notes": {
        "fi": {"one": "✎ {n} kommentti", "other": "✎ {n} kommenttia"},
        "sv": {"one": "✎ {n} kommentar", "other": "✎ {n} kommentarer"},
        "en": {"one": "✎ {n} note", "other": "✎ {n} notes"},
    },
    "diagram.warm": {"fi": "saattaen", "sv": "ledsagat överlämnande", "en": "warm handoff"},
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
        "fi": "Napsauta askelta kaaviossa tai siirry siihen sarkaimella ja paina Enter. Jokainen näkymä on linkki, jonka voi jakaa.",
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
    "explorer.step": {"fi": "Askel", "sv": "Steg", "en": "Step"},
    "explorer.step_of": {"fi": "Askel {n} / {m}", "sv": "Steg {n} av {m}", "en": "Step {n} of {m}"},
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
        "fi": "Polku päättyy tähän askeleeseen.",
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
    "panel.next": {"fi": "Seuraavat askeleet", "sv": "Följande steg", "en": "Next steps"},
    "panel.situations": {
        "fi": "tilanteet: {labels}",
        "sv": "situationer: {labels}",
        "en": "situations: {labels}",
    },
    "panel.no_text": {
        "fi": "Tälle askeleelle ei ole kirjoitettu tätä tekstiä.",
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
        "fi": "työtoiminnan tuottaja",
        "sv": "producent av arbetsverksamhet",
        "en": "activity producer",
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
        "fi": "Roolimatriisi: askeleet × toimijat",
        "sv": "Rollmatris: steg × aktörer",
        "en": "Role matrix: steps × actors",
    },
    "alt.title": {
        "fi": "Polku tekstinä ({steps})",
        "sv": "Stigen som text ({steps})",
        "en": "The path as text ({steps})",
    },
    "dl.title": {"fi": "Lataa", "sv": "Ladda ner", "en": "Download"},
    "dl.svg": {"fi": "Kaavio (SVG)", "sv": "Diagram (SVG)", "en": "Diagram (SVG)"},
    "dl.dot": {
        "fi": "Graphviz-lähde (DOT)",
        "sv": "Graphviz-källa (DOT)",
        "en": "Graphviz source (DOT)",
    },
    "dl.csv": {"fi": "Roolimatriisi (CSV)", "sv": "Rollmatris (CSV)", "en": "Role matrix (CSV)"},
    "pcompare.download": {"fi": "Taulukko (CSV)", "sv": "Tabellen (CSV)", "en": "The table (CSV)"},
    "dl.png_hint": {
        "fi": "PNG-kuvan saat kaavion yläpuolen painikkeesta.",
        "sv": "PNG-bilden får du med knappen ovanför diagrammet.",
        "en": "Get a PNG with the button above the diagram.",
    },
    "diagram.zoom_in": {"fi": "Suurenna", "sv": "Förstora", "en": "Zoom in"},
    "diagram.zoom_out": {"fi": "Pienennä", "sv": "Förminska", "en": "Zoom out"},
    "diagram.fit": {
        "fi": "Koko polku näkyviin",
        "sv": "Visa hela stigen",
        "en": "Show the whole path",
    },
    "diagram.fit_on": {
        "fi": "Koko polku sovitettu näkyviin",
        "sv": "Hela stigen anpassad till rutan",
        "en": "Whole path fitted to the box",
    },
    "diagram.handoff_unstated": {
        "fi": "siirron tapaa ei kerrottu",
        "sv": "överlämningen inte beskriven",
        "en": "handoff not stated",
    },
    "explorer.findings": {
        "fi": "Huomiot tästä polusta ({n})",
        "sv": "Iakttagelser om stigen ({n})",
        "en": "Findings on this path ({n})",
    },
    "explorer.all_marks": {
        "fi": "Merkitse kaavioon myös puuttuvat lähteet ja kertomatta jätetyt siirrot",
        "sv": "Markera också saknade källor och obeskrivna överlämningar i diagrammet",
        "en": "Also mark missing sources and unstated handoffs on the diagram",
    },
    "explorer.unstated": {
        "fi": "Nuolia, joissa ei kerrota, saatetaanko asiakas vai siirtyykö hän itse: {n}",
        "sv": "Pilar som inte säger om klienten ledsagas eller går vidare själv: {n}",
        "en": "Arrows that do not say whether the client is accompanied or goes on alone: {n}",
    },
    "explorer.no_findings": {
        "fi": "Ei huomioita.",
        "sv": "Inga iakttagelser.",
        "en": "No findings.",
    },
    "diagram.conditions": {
        "fi": "Ehdot nuolissa",
        "sv": "Villkoren på pilarna",
        "en": "Conditions on the arrows",
    },
    "diagram.png": {"fi": "Lataa PNG", "sv": "Ladda ner PNG", "en": "Download PNG"},
    "diagram.label": {
        "fi": "Palvelupolun kaavio. Valitse askel napsauttamalla tai sarkaimella ja Enterillä.",
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
        "sv": "Pilar: tjock grön = ledsagat överlämnande, streckad = kall överlämning, dubbel kant = stigen slutar.",
        "en": "Arrows: thick green = warm handoff, dashed = cold handoff; a double border = the path ends.",
    },
    "diagram.too_big": {
        "fi": "Kaavio on liian suuri piirrettäväksi ({steps}); käytä tekstivastinetta alla.",
        "sv": "Diagrammet är för stort att rita ({steps}); använd textversionen nedan.",
        "en": "The diagram is too large to draw ({steps}); use the text version below.",
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
        "fi": "Linkin askelta ”{value}” ei ole tällä polulla; näytetään ensimmäinen askel.",
        "sv": "Steget ”{value}” i länken finns inte på stigen; visar det första steget.",
        "en": "The step “{value}” in the link is not on this path; showing the first step.",
    },
    "link.unknown_role": {
        "fi": "Linkin toimijatyyppiä ”{value}” ei ole tällä polulla; näytetään {role}.",
        "sv": "Aktörstypen ”{value}” i länken finns inte på stigen; {role} visas.",
        "en": "The actor kind “{value}” in the link is not on this path; showing {role}.",
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
        "fi": "Käykää polku läpi yhdessä, askel kerrallaan. Mitään asiakkaasta ei tallenneta.",
        "sv": "Gå igenom stigen tillsammans, ett steg i taget. Ingenting om klienten sparas.",
        "en": "Walk the path together, one step at a time. Nothing about the client is saved.",
    },
    "meeting.you_are_here": {"fi": "Olet tässä", "sv": "Du är här", "en": "You are here"},
    "meeting.no_plain_text": {
        "fi": "Tälle askeleelle ei ole vielä kirjoitettu selkokielistä tekstiä.",
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
    "handout.walked": {"fi": "Tähän asti", "sv": "Hittills", "en": "So far"},
    "handout.next_one_of": {
        "fi": "Seuraavaksi jokin näistä",
        "sv": "Sedan ett av följande",
        "en": "Next, one of these",
    },
    "handout.next_one": {"fi": "Seuraavaksi", "sv": "Sedan", "en": "Next"},
    "handout.your_worker": {"fi": "Työntekijäsi", "sv": "Din kontaktperson", "en": "Your worker"},
    "handout.worker": {
        "fi": "Työntekijän nimi (vapaaehtoinen)",
        "sv": "Kontaktpersonens namn (frivilligt)",
        "en": "Your name as the worker (optional)",
    },
    "handout.worker_contact": {
        "fi": "Työntekijän yhteystieto (vapaaehtoinen)",
        "sv": "Kontaktpersonens kontaktuppgift (frivilligt)",
        "en": "Your work contact details (optional)",
    },
    "handout.out.name": {"fi": "Nimi", "sv": "Namn", "en": "Name"},
    "handout.out.contact": {"fi": "Yhteystieto", "sv": "Kontakt", "en": "Contact"},
    "handout.out.appointment": {
        "fi": "Seuraava tapaaminen",
        "sv": "Nästa möte",
        "en": "Next appointment",
    },
    "handout.appointment": {
        "fi": "Seuraava tapaaminen (vapaaehtoinen)",
        "sv": "Nästa möte (frivilligt)",
        "en": "Next appointment (optional)",
    },
    "meeting.back": {"fi": "Takaisin", "sv": "Tillbaka", "en": "Back"},
    "meeting.answer_client": {"fi": "{when}", "sv": "{when}", "en": "{when}"},
    "meeting.answer_pro": {
        "fi": "{title} – työntekijä arvioi",
        "sv": "{title} – din kontaktperson bedömer",
        "en": "{title} – your worker judges",
    },
    "meeting.conditions": {
        "fi": "Työntekijälle: ehdot kuvauksen sanoin",
        "sv": "För kontaktpersonen: villkoren med beskrivningens ord",
        "en": "For the worker: the conditions in the description's words",
    },
    "meeting.answer_else": {
        "fi": "Jokin muu tai ei mikään näistä: {title}",
        "sv": "Något annat eller inget av dessa: {title}",
        "en": "Something else, or none of these: {title}",
    },
    "meeting.nobody": {
        "fi": "ei nimetty – kysy työntekijältä",
        "sv": "ingen utsedd – fråga din kontaktperson",
        "en": "no one named – ask your worker",
    },
    "meeting.note_gap": {
        "fi": "Tälle askeleelle ei ole kuvattu vastuutahoa. Kysy työntekijältä, kuka asiaa hoitaa.",
        "sv": "Ingen ansvarig är beskriven för det här steget. Fråga din kontaktperson vem som sköter det.",
        "en": "No one is described as responsible for this step. Ask your worker who will take care of it.",
    },
    "meeting.note_cold": {
        "fi": "Jos jatkat kohtaan ”{title}”, otat itse yhteyttä: {who}.",
        "sv": "Om du går vidare till ”{title}” tar du själv kontakt: {who}.",
        "en": "If you go on to “{title}”, you will need to contact them yourself: {who}.",
    },
    "meeting.note_cold_nobody": {
        "fi": "Jos jatkat kohtaan ”{title}”, otat itse yhteyttä, eikä kuvauksessa kerrota kehen. Kysy työntekijältä.",
        "sv": "Om du går vidare till ”{title}” tar du själv kontakt, och beskrivningen säger inte med vem. Fråga din kontaktperson.",
        "en": "If you go on to “{title}”, you will need to make contact yourself, and the description does not say with whom. Ask your worker.",
    },
    "meeting.cold_short": {
        "fi": "otat itse yhteyttä",
        "sv": "du tar själv kontakt",
        "en": "you make contact yourself",
    },
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
    # Practising a meeting with a fictional example person (a persona scenario).
    "meeting.persona.toggle": {
        "fi": "Harjoittele esimerkkihenkilön kanssa",
        "sv": "Öva med en exempelperson",
        "en": "Practise with an example person",
    },
    "meeting.persona.fictional": {
        "fi": "Esimerkkihenkilö on keksitty, harjoittelua varten. Mitään ei tallenneta.",
        "sv": "Exempelpersonen är påhittad, för att öva. Inget sparas.",
        "en": "The example person is made up, for practice. Nothing is stored.",
    },
    "meeting.persona.start": {
        "fi": "Tilanne alussa: {situations}",
        "sv": "Situationen i början: {situations}",
        "en": "The situation at the start: {situations}",
    },
    "meeting.persona.now": {
        "fi": "Tilanne nyt: {situations}",
        "sv": "Situationen nu: {situations}",
        "en": "The situation now: {situations}",
    },
    "meeting.persona.changed": {
        "fi": "Tässä askeleessa tilanne muuttuu, nyt myös: {situations}",
        "sv": "I det här steget ändras situationen, nu också: {situations}",
        "en": "At this step the situation changes, now also: {situations}",
    },
    "meeting.persona.no_longer": {
        "fi": "Ei enää: {situations}",
        "sv": "Inte längre: {situations}",
        "en": "No longer: {situations}",
    },
    "meeting.persona.goes": {
        "fi": "Esimerkkihenkilö jatkaa: {title}, koska: {situations}",
        "sv": "Exempelpersonen fortsätter: {title}, eftersom: {situations}",
        "en": "The example person goes on: {title}, because: {situations}",
    },
    "meeting.persona.goes_only": {
        "fi": "Esimerkkihenkilö jatkaa: {title} (ainoa tie eteenpäin)",
        "sv": "Exempelpersonen fortsätter: {title} (den enda vägen vidare)",
        "en": "The example person goes on: {title} (the only way on)",
    },
    "meeting.persona.next": {"fi": "Seuraava askel", "sv": "Nästa steg", "en": "Next step"},
    "meeting.persona.ways": {
        "fi": "Vaihtoehdot tästä eteenpäin:",
        "sv": "Vägarna vidare härifrån:",
        "en": "The ways on from here:",
    },
    "meeting.persona.way": {
        "fi": "{title}: {when} (tilanne: {situations})",
        "sv": "{title}: {when} (situation: {situations})",
        "en": "{title}: {when} (situation: {situations})",
    },
    "meeting.persona.unknown": {
        "fi": "Linkin esimerkkihenkilöä ”{value}” ei löytynyt. Tapaaminen jatkuu tavallisena.",
        "sv": "Exempelpersonen ”{value}” i länken hittades inte. Mötet fortsätter som vanligt.",
        "en": "The example person “{value}” in the link was not found. The meeting goes on as "
        "usual.",
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
        "fi": "Nyt olet tässä: {title}",
        "sv": "Nu är du i steget: {title}",
        "en": "You are now at: {title}",
    },
    "handout.contacts": {"fi": "Yhteystiedot", "sv": "Kontaktuppgifter", "en": "Contacts"},
    "handout.validity": {
        "fi": "Kuvaus: {region}, {validity}. Tarkistettu {updated}.",
        "sv": "Beskrivning: {region}, {validity}. Granskad {updated}.",
        "en": "Description: {region}, {validity}. Checked {updated}.",
    },
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
    "onb.tab_persona": {
        "fi": "Seuraa esimerkkihenkilöä",
        "sv": "Följ en exempelperson",
        "en": "Follow an example person",
    },
    "onb.stops": {
        "fi": {
            "one": "{n} askel, jossa roolisi toimii tällä polulla",
            "other": "{n} askelta, joissa roolisi toimii tällä polulla",
        },
        "sv": {
            "one": "{n} steg där din roll agerar på stigen",
            "other": "{n} steg där din roll agerar på stigen",
        },
        "en": {
            "one": "{n} step where your role acts on this path",
            "other": "{n} steps where your role acts on this path",
        },
    },
    "onb.section": {"fi": "Osio", "sv": "Avsnitt", "en": "Section"},
    "onb.stop_label": {
        "fi": "{n}. {title} (askel {step})",
        "sv": "{n}. {title} (steg {step})",
        "en": "{n}. {title} (step {step})",
    },
    "onb.map": {
        "fi": "Polun kartta: roolisi askeleet korostettuina",
        "sv": "Stigens karta: din rolls steg framhävda",
        "en": "Map of the path: your role's steps highlighted",
    },
    "onb.mini_map": {
        "fi": "Polku vaihe vaiheelta",
        "sv": "Stigen fas för fas",
        "en": "The path phase by phase",
    },
    "onb.mini_map_key": {
        "fi": "Numerot ovat askeleita. ● roolisi askel, ▶ tämä kohde.",
        "sv": "Siffrorna är steg. ● din rolls steg, ▶ det här stoppet.",
        "en": "The numbers are steps. ● your role's step, ▶ this stop.",
    },
    "onb.map_hint": {
        "fi": "Valitse kartalta roolisi askel, niin kierros siirtyy siihen.",
        "sv": "Välj ett av din rolls steg på kartan, så går rundturen dit.",
        "en": "Choose one of your role's steps on the map to go to that stop.",
    },
    "onb.handoff_unstated": {
        "fi": "Kun siirtoa ei sanota lämpimäksi tai kylmäksi, polun kuvaus ei kerro sitä.",
        "sv": "Där en överlämning inte kallas varm eller kall anger beskrivningen det inte.",
        "en": "Where a handoff is not called warm or cold, the description does not say.",
    },
    "onb.tour_done": {
        "fi": "Tämä oli kierroksen viimeinen kohde. Testaa seuraavaksi, mitä opit roolisi askeleista.",
        "sv": "Det här var rundturens sista stopp. Testa sedan vad du lärt dig om din rolls steg.",
        "en": "This was the last stop of the tour. Next, check what you learnt about your role's steps.",
    },
    "onb.to_quiz": {
        "fi": "Tee itsearviointi →",
        "sv": "Gör självtestet →",
        "en": "Take the self-check →",
    },
    "onb.also_called": {
        "fi": "{term} ({in_lang} {other})",
        "sv": "{term} ({in_lang} {other})",
        "en": "{term} ({in_lang} {other})",
    },
    "onb.in_fi": {"fi": "suomeksi", "sv": "på finska", "en": "in Finnish"},
    "onb.in_sv": {"fi": "ruotsiksi", "sv": "på svenska", "en": "in Swedish"},
    "onb.in_en": {"fi": "englanniksi", "sv": "på engelska", "en": "in English"},
    "onb.col_term": {"fi": "Termi", "sv": "Term", "en": "Term"},
    "onb.quiz_intro": {
        "fi": "Kysymykset koskevat askeleita, joissa roolisi ({role}) toimii polulla {region}.",
        "sv": "Frågorna gäller stegen där din roll ({role}) agerar på stigen {region}.",
        "en": "The questions are about the steps where your role ({role}) acts on the {region} path.",
    },
    "onb.open_step": {
        "fi": "Avaa askel {n} polun tutkijassa",
        "sv": "Öppna steg {n} i stigutforskaren",
        "en": "Open step {n} in the path explorer",
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
        "fi": "Termejä tässä askeleessa",
        "sv": "Termer i det här steget",
        "en": "Terms in this step",
    },
    "onb.elsewhere_caption": {
        "fi": "Miten sama rooli ({kind}) näkyy kaikilla ladatuilla poluilla.",
        "sv": "Hur samma roll ({kind}) syns på alla inlästa stigar.",
        "en": "How the same role ({kind}) appears on every loaded path.",
    },
    "onb.col_path": {"fi": "Polku", "sv": "Stig", "en": "Path"},
    "onb.col_steps": {"fi": "Askelia", "sv": "Steg", "en": "Steps"},
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
    "onb.results": {
        "fi": {"one": "{n} termi", "other": "{n} termiä"},
        "sv": {"one": "{n} term", "other": "{n} termer"},
        "en": {"one": "{n} term", "other": "{n} terms"},
    },
    "onb.col_definition": {"fi": "Selitys", "sv": "Förklaring", "en": "Definition"},
    "onb.col_origin": {"fi": "Lähde", "sv": "Källa", "en": "Source"},
    "onb.core": {"fi": "yleinen sanasto", "sv": "allmän ordlista", "en": "core glossary"},
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
        "fi": "Kuka vastaa askeleesta ”{step}” alueella {region}?",
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
        "fi": "Askeleesta ”{step}” vastaa: {who}.",
        "sv": "För steget ”{step}” ansvarar: {who}.",
        "en": "Responsible for “{step}”: {who}.",
    },
    "quiz.next": {
        "fi": "Mitä seuraa askeleen ”{step}” jälkeen?",
        "sv": "Vad följer efter steget ”{step}”?",
        "en": "What follows “{step}”?",
    },
    "quiz.next_answer": {
        "fi": "Askeleen ”{step}” jälkeen: {steps}.",
        "sv": "Efter steget ”{step}”: {steps}.",
        "en": "After “{step}”: {steps}.",
    },
    "quiz.role": {
        "fi": "Mikä on roolisi ({role}) askeleessa ”{step}”?",
        "sv": "Vilken är din roll ({role}) i steget ”{step}”?",
        "en": "What is your role ({role}) at “{step}”?",
    },
    "quiz.role_answer": {
        "fi": "Askeleessa ”{step}”: {roles}.",
        "sv": "I steget ”{step}”: {roles}.",
        "en": "At “{step}”: {roles}.",
    },
    "quiz.why_task": {
        "fi": "Tehtävä kuvauksessa ({actor}): ”{task}”",
        "sv": "Uppgiften i beskrivningen ({actor}): ”{task}”",
        "en": "The task in the description ({actor}): “{task}”",
    },
    "quiz.why_when": {
        "fi": "”{step}”, kun: {when}",
        "sv": "”{step}” när: {when}",
        "en": "“{step}” when: {when}",
    },
    # One source or several (not a plural message: the count is not said).
    "quiz.source": {"fi": "Lähde: {sources}", "sv": "Källa: {sources}", "en": "Source: {sources}"},
    "quiz.sources": {
        "fi": "Lähteet: {sources}",
        "sv": "Källor: {sources}",
        "en": "Sources: {sources}",
    },
    "phase_kind.into": {"fi": "Ohjautuminen", "sv": "In", "en": "Into"},
    "phase_kind.during": {"fi": "Aikana", "sv": "Under", "en": "During"},
    "phase_kind.out": {"fi": "Jatko", "sv": "Ut", "en": "Out"},
    "step_kind.outreach": {
        "fi": "etsivä työ ja yhteydenotto",
        "sv": "uppsökande arbete och kontakt",
        "en": "outreach and first contact",
    },
    "step_kind.service-need-assessment": {
        "fi": "palvelutarpeen arviointi",
        "sv": "bedömning av servicebehov",
        "en": "service-need assessment",
    },
    "step_kind.health-check": {
        "fi": "terveystarkastus",
        "sv": "hälsoundersökning",
        "en": "health check",
    },
    "step_kind.work-ability-assessment": {
        "fi": "työkyvyn arviointi",
        "sv": "bedömning av arbetsförmåga",
        "en": "work-ability assessment",
    },
    "step_kind.multi-agency-assessment": {
        "fi": "monialainen arviointi",
        "sv": "sektorsövergripande bedömning",
        "en": "multi-agency assessment",
    },
    "step_kind.case-manager-assigned": {
        "fi": "vastuutyöntekijä nimetään",
        "sv": "ansvarig arbetstagare utses",
        "en": "case manager assigned",
    },
    "step_kind.activation-plan": {
        "fi": "aktivointisuunnitelma",
        "sv": "aktiveringsplan",
        "en": "activation plan",
    },
    "step_kind.decision": {"fi": "päätös", "sv": "beslut", "en": "decision"},
    "step_kind.placement": {"fi": "toimintapaikka", "sv": "verksamhetsplats", "en": "placement"},
    "step_kind.agreement": {"fi": "sopimus", "sv": "avtal", "en": "agreement"},
    "step_kind.activity": {"fi": "toiminta", "sv": "verksamhet", "en": "activity"},
    "step_kind.review": {"fi": "väliarvio", "sv": "uppföljning", "en": "review"},
    "step_kind.support-service": {"fi": "tukipalvelu", "sv": "stödtjänst", "en": "support service"},
    "step_kind.interruption": {"fi": "keskeytys", "sv": "avbrott", "en": "interruption"},
    "step_kind.final-assessment": {
        "fi": "loppuarvio",
        "sv": "slutbedömning",
        "en": "final assessment",
    },
    "step_kind.exit-employment": {"fi": "työhön", "sv": "till arbete", "en": "into employment"},
    "step_kind.exit-wage-subsidy": {
        "fi": "palkkatuettuun työhön",
        "sv": "till lönesubventionerat arbete",
        "en": "into subsidised work",
    },
    "step_kind.exit-work-trial": {
        "fi": "työkokeiluun",
        "sv": "till arbetsprövning",
        "en": "into a work trial",
    },
    "step_kind.exit-education": {
        "fi": "koulutukseen",
        "sv": "till utbildning",
        "en": "into education",
    },
    "step_kind.exit-vocational-rehabilitation": {
        "fi": "ammatilliseen kuntoutukseen",
        "sv": "till yrkesinriktad rehabilitering",
        "en": "into vocational rehabilitation",
    },
    "step_kind.exit-medical-rehabilitation": {
        "fi": "lääkinnälliseen kuntoutukseen",
        "sv": "till medicinsk rehabilitering",
        "en": "into medical rehabilitation",
    },
    "step_kind.exit-social-rehabilitation": {
        "fi": "sosiaaliseen kuntoutukseen",
        "sv": "till social rehabilitering",
        "en": "into social rehabilitation",
    },
    "step_kind.exit-pension": {"fi": "eläkkeelle", "sv": "till pension", "en": "into a pension"},
    "step_kind.exit-other-service": {
        "fi": "muuhun palveluun",
        "sv": "till annan tjänst",
        "en": "into another service",
    },
    "step_kind.other": {"fi": "muu", "sv": "annat", "en": "other"},
    "nav.compare": {"fi": "Vertailu", "sv": "Jämförelse", "en": "Compare"},
    "compare.intro": {
        "fi": "Valitse 2–4 polkua ja katso ne rinnakkain: sama askeltyyppi samalla rivillä, sama toimijatyyppi samalla värillä. Erot, katvealueet ja päällekkäisyydet nostetaan esiin.",
        "sv": "Välj 2–4 stigar och se dem sida vid sida: samma stegtyp på samma rad, samma aktörstyp i samma färg. Skillnader, gråzoner och överlappningar lyfts fram.",
        "en": "Choose 2–4 paths and see them side by side: the same step kind on the same row, the same actor kind in the same colour. Differences, gaps and overlaps are highlighted.",
    },
    "compare.choose": {
        "fi": "Vertailtavat polut (2–4)",
        "sv": "Stigar att jämföra (2–4)",
        "en": "Paths to compare (2–4)",
    },
    "compare.need_two": {
        "fi": "Valitse vähintään kaksi polkua.",
        "sv": "Välj minst två stigar.",
        "en": "Choose at least two paths.",
    },
    "compare.need_two_loaded": {
        "fi": "Vertailuun tarvitaan vähintään kaksi ladattua polkua.",
        "sv": "Jämförelsen behöver minst två inlästa stigar.",
        "en": "Comparing needs at least two loaded paths.",
    },
    "compare.too_many": {
        "fi": "Enintään neljä polkua rinnakkain; mukana ovat neljä ensimmäistä.",
        "sv": "Högst fyra stigar sida vid sida; de fyra första visas.",
        "en": "At most four paths side by side; the first four are shown.",
    },
    "compare.unknown": {
        "fi": "Linkin polkuja ei löytynyt: {value}",
        "sv": "Stigarna i länken hittades inte: {value}",
        "en": "Paths in the link were not found: {value}",
    },
    "compare.tab_side": {"fi": "Rinnakkain", "sv": "Sida vid sida", "en": "Side by side"},
    "compare.tab_matrix": {"fi": "Erot", "sv": "Skillnader", "en": "Differences"},
    "compare.tab_metrics": {"fi": "Mittarit", "sv": "Mått", "en": "Metrics"},
    "compare.tab_all": {"fi": "Kaikki polut", "sv": "Alla stigar", "en": "All paths"},
    "compare.tab_summary": {"fi": "Yhteenveto", "sv": "Sammanfattning", "en": "Summary"},
    "compare.row": {"fi": "Askel", "sv": "Steg", "en": "Step"},
    "compare.absent": {"fi": "— puuttuu", "sv": "— saknas", "en": "— absent"},
    "compare.mark.only_here": {
        "fi": "vain tällä polulla",
        "sv": "bara på den här stigen",
        "en": "only this path",
    },
    "compare.mark.owner_differs": {
        "fi": "eri vastuutaho",
        "sv": "annan ansvarig",
        "en": "different owner",
    },
    "compare.mark.gap": {"fi": "katvealue", "sv": "gråzon", "en": "gap"},
    "compare.mark.overlap": {"fi": "päällekkäisyys", "sv": "överlappning", "en": "overlap"},
    "compare.mark.cold": {"fi": "kylmä siirto", "sv": "kall överlämning", "en": "cold handoff"},
    "compare.mark.unreachable": {"fi": "saavuttamaton", "sv": "onåbar", "en": "unreachable"},
    "compare.mark.dead_end": {"fi": "umpikuja", "sv": "återvändsgränd", "en": "dead end"},
    "compare.mark.no_exit": {"fi": "ei uloskäyntiä", "sv": "ingen utgång", "en": "no exit"},
    "compare.finding.gap": {
        "fi": "Katvealue – kukaan ei vastaa",
        "sv": "Gråzon – ingen ansvarar",
        "en": "Gap – no one is responsible",
    },
    "compare.finding.overlap": {
        "fi": "Päällekkäisyys – useampi vastuutaho",
        "sv": "Överlappning – flera ansvariga",
        "en": "Overlap – more than one is responsible",
    },
    "compare.finding.cold": {
        "fi": "Kylmä siirto – asiakas jatkaa yksin",
        "sv": "Kall överlämning – klienten går vidare ensam",
        "en": "Cold handoff – the client goes on alone",
    },
    "compare.finding.unreachable": {
        "fi": "Saavuttamaton – alusta ei pääse tähän",
        "sv": "Onåbar – går inte att nå från början",
        "en": "Unreachable – no way here from the start",
    },
    "compare.finding.dead_end": {
        "fi": "Umpikuja – täältä ei pääse uloskäyntiin",
        "sv": "Återvändsgränd – ingen väg härifrån till en utgång",
        "en": "Dead end – no way from here to an exit",
    },
    "compare.finding.no_exit": {
        "fi": "Ei uloskäyntiä – polku ei pääty mihinkään",
        "sv": "Ingen utgång – stigen tar aldrig slut",
        "en": "No exit – the path never ends",
    },
    "compare.findings": {"fi": "Huomiot", "sv": "Iakttagelser", "en": "Findings"},
    "compare.differences": {"fi": "Erot", "sv": "Skillnader", "en": "Differences"},
    "compare.no_findings": {
        "fi": "Ei katvealueita, päällekkäisyyksiä, kylmiä siirtoja, saavuttamattomia askelia eikä umpikujia.",
        "sv": "Inga gråzoner, överlappningar, kalla överlämningar, onåbara steg eller återvändsgränder.",
        "en": "No gaps, overlaps, cold handoffs, unreachable steps or dead ends.",
    },
    "compare.marks_legend": {
        "fi": "Merkit",
        "sv": "Markeringar",
        "en": "Marks",
    },
    "compare.matrix_caption": {
        "fi": "Rivit: askeltyypit vaiheittain. Solussa: vastuussa oleva toimijatyyppi, kesto ja merkit. Napsauta riviä (tai valitse se alta) nähdäksesi sen askeleet.",
        "sv": "Rader: stegtyper fas för fas. I cellen: ansvarig aktörstyp, längd och markeringar. Klicka på en rad (eller välj den nedan) för att se dess steg.",
        "en": "Rows: step kinds, phase by phase. In a cell: the responsible actor kind, duration and marks. Click a row (or choose it below) to see its steps.",
    },
    "compare.behind": {
        "fi": "Askeleet taustalla: {what}",
        "sv": "Stegen bakom: {what}",
        "en": "The steps behind: {what}",
    },
    "compare.pick_row": {
        "fi": "Rivin askeleet (myös näppäimistöllä)",
        "sv": "Radens steg (även med tangentbordet)",
        "en": "The steps of a row (also by keyboard)",
    },
    "compare.none_here": {"fi": "ei askelia", "sv": "inga steg", "en": "no steps"},
    "compare.download_csv": {"fi": "Lataa CSV", "sv": "Ladda ner CSV", "en": "Download CSV"},
    "compare.download_xlsx": {
        "fi": "Lataa Excel (XLSX)",
        "sv": "Ladda ner Excel (XLSX)",
        "en": "Download Excel (XLSX)",
    },
    "compare.download_summary": {
        "fi": "Lataa yhteenveto (Markdown)",
        "sv": "Ladda ner sammanfattningen (Markdown)",
        "en": "Download the summary (Markdown)",
    },
    "compare.metric": {"fi": "Mittari", "sv": "Mått", "en": "Metric"},
    "compare.definition": {"fi": "Määritelmä", "sv": "Definition", "en": "Definition"},
    "compare.chart_metric": {
        "fi": "Kaavion mittari",
        "sv": "Diagrammets mått",
        "en": "Metric to chart",
    },
    "compare.chart_metrics": {
        "fi": "Kaavion mittarit",
        "sv": "Diagrammets mått",
        "en": "Metrics to chart",
    },
    "compare.unknown_value": {
        "fi": "— = ei tiedossa (ks. määritelmä)",
        "sv": "— = okänt (se definitionen)",
        "en": "— = not known (see the definition)",
    },
    "compare.chart_alt": {
        "fi": "Kaavio tekstinä",
        "sv": "Diagrammet som text",
        "en": "The chart as text",
    },
    "compare.select_bar": {
        "fi": "Valitse pylväs nähdäksesi sen taustalla olevat askeleet.",
        "sv": "Välj en stapel för att se stegen bakom den.",
        "en": "Select a bar to see the steps behind it.",
    },
    "compare.select_cell": {
        "fi": "Valitse ruutu nähdäksesi sen askeleet.",
        "sv": "Välj en ruta för att se dess steg.",
        "en": "Select a square to see its steps.",
    },
    "compare.overview_caption": {
        "fi": {
            "one": "{n} ladattu polku: askeltyyppien määrät (luku ruudussa, tummempi = enemmän).",
            "other": "Kaikki {n} ladattua polkua: askeltyyppien määrät (luku ruudussa, tummempi = enemmän).",
        },
        "sv": {
            "one": "{n} inläst stig: antal steg per typ (siffran i rutan, mörkare = fler).",
            "other": "Alla {n} inlästa stigar: antal steg per typ (siffran i rutan, mörkare = fler).",
        },
        "en": {
            "one": "{n} loaded path: steps per kind (the number in the square, darker = more).",
            "other": "All {n} loaded paths: steps per kind (the number in the square, darker = more).",
        },
    },
    "compare.no_differences": {
        "fi": "Valituilla poluilla ei ole eroja askeltyypeissä eikä vastuissa.",
        "sv": "De valda stigarna skiljer sig inte i stegtyper eller ansvar.",
        "en": "The chosen paths do not differ in step kinds or responsibilities.",
    },
    "compare.summary_title": {
        "fi": "Vertailun yhteenveto",
        "sv": "Sammanfattning av jämförelsen",
        "en": "Summary of the comparison",
    },
    "compare.compared": {
        "fi": "Vertailussa: {paths}",
        "sv": "I jämförelsen: {paths}",
        "en": "Compared: {paths}",
    },
    "compare.say.only": {
        "fi": "Vain {path}: {kind} ({titles}).",
        "sv": "Bara {path}: {kind} ({titles}).",
        "en": "Only {path}: {kind} ({titles}).",
    },
    "compare.say.owners": {
        "fi": "{kind} – vastuu eroaa: {who}.",
        "sv": "{kind} – ansvaret skiljer sig: {who}.",
        "en": "{kind} – the owner differs: {who}.",
    },
    "compare.diagram_alt": {
        "fi": "Rinnakkaisnäkymä tekstinä",
        "sv": "Sida vid sida som text",
        "en": "Side by side as text",
    },
    "compare.diagram_caption": {
        "fi": "Sarakkeet: polut. Rivit: askeltyypit, sama tyyppi samalla rivillä. Väri ja nimi kertovat vastuussa olevan toimijan; ⚠ merkitsee huomion (katvealue, päällekkäisyys, kylmä siirto, saavuttamaton, umpikuja); ↩ 3 tarkoittaa paluuta ylempänä olevaan askeleeseen 3.",
        "sv": "Kolumner: stigar. Rader: stegtyper, samma typ på samma rad. Färgen och namnet anger den ansvariga aktören; ⚠ markerar en iakttagelse (gråzon, överlappning, kall överlämning, onåbar, återvändsgränd); ↩ 3 betyder en återgång till steg 3 högre upp.",
        "en": "Columns: paths. Rows: step kinds, the same kind on the same row. Colour and name give the responsible actor; ⚠ marks a finding (gap, overlap, cold handoff, unreachable, dead end); ↩ 3 means a return to step 3 further up.",
    },
    "metric.steps": {"fi": "Askelia", "sv": "Steg", "en": "Steps"},
    "metric.steps.def": {
        "fi": "Askelten määrä tiedostossa.",
        "sv": "Antal steg i filen.",
        "en": "Number of steps in the file.",
    },
    "metric.decisions": {"fi": "Valintakohtia", "sv": "Vägval", "en": "Decision points"},
    "metric.decisions.def": {
        "fi": "Askeleet, joista pääsee kahteen tai useampaan eri askeleeseen.",
        "sv": "Steg som leder till två eller fler olika steg.",
        "en": "Steps that lead on to two or more different steps.",
    },
    "metric.actors": {"fi": "Toimijoita", "sv": "Aktörer", "en": "Actors"},
    "metric.actors.def": {
        "fi": "Toimijat, joilla on rooli ainakin yhdessä askeleessa.",
        "sv": "Aktörer med en roll i minst ett steg.",
        "en": "Actors with a role in at least one step.",
    },
    "metric.handoffs": {"fi": "Siirtoja", "sv": "Överlämningar", "en": "Handoffs"},
    "metric.handoffs.def": {
        "fi": "Siirtymät, joissa vastuussa oleva toimija vaihtuu.",
        "sv": "Övergångar där den ansvariga aktören byts.",
        "en": "Transitions where the responsible actor changes.",
    },
    "metric.warm": {"fi": "Lämpimiä", "sv": "Varma", "en": "Warm"},
    "metric.warm.def": {
        "fi": "Siirtymät, jotka tiedosto merkitsee lämpimiksi (saattaen vaihtaen).",
        "sv": "Övergångar som filen markerar som varma (ledsagat överlämnande).",
        "en": "Transitions the file marks warm (the client is accompanied).",
    },
    "metric.cold": {"fi": "Kylmiä", "sv": "Kalla", "en": "Cold"},
    "metric.cold.def": {
        "fi": "Siirtymät, jotka tiedosto merkitsee kylmiksi (lähete tai ohje, ei saattamista).",
        "sv": "Övergångar som filen markerar som kalla (remiss eller råd, inget ledsagat överlämnande).",
        "en": "Transitions the file marks cold (a referral or advice, no one accompanies).",
    },
    "metric.gaps": {"fi": "Katvealueita", "sv": "Gråzoner", "en": "Gaps"},
    "metric.gaps.def": {
        "fi": "Askeleet, joista kukaan ei vastaa.",
        "sv": "Steg som ingen ansvarar för.",
        "en": "Steps no one is responsible for.",
    },
    "metric.overlaps": {"fi": "Päällekkäisyyksiä", "sv": "Överlappningar", "en": "Overlaps"},
    "metric.overlaps.def": {
        "fi": "Askeleet, joissa on useampi kuin yksi vastuutaho.",
        "sv": "Steg med fler än en ansvarig.",
        "en": "Steps with more than one responsible actor.",
    },
    "metric.exits": {"fi": "Uloskäyntejä", "sv": "Utgångar", "en": "Exits"},
    "metric.exits.def": {
        "fi": "Pääteaskeleet, joihin pääsee alusta.",
        "sv": "Slutsteg som går att nå från början.",
        "en": "End steps that can be reached from an entry.",
    },
    "metric.shortest": {"fi": "Lyhin (pv)", "sv": "Kortast (d)", "en": "Shortest (days)"},
    "metric.shortest.def": {
        "fi": "Vähiten päiviä alusta siihen, kun asiakas on uloskäynnissä: askelten kestojen alarajat kokonaisina päivinä (uloskäynnin omaa kestoa ei lasketa). — = ei tiedossa: jonkin reitin askeleelle ei ole annettu kestoa, joten lyhin voi olla lyhyempi.",
        "sv": "Minst antal dagar från början tills klienten når en utgång: stegens nedre gränser i hela dagar (utgångens egen längd räknas inte). — = okänt: ett steg på någon väg saknar längd, så den kortaste kan vara kortare.",
        "en": "Fewest days from an entry until the client reaches an exit: the low end of each step's duration, in whole days (the exit's own is not counted). — = not known: a step on some route has no duration given, so the shortest could be shorter.",
    },
    "metric.longest": {"fi": "Pisin (pv)", "sv": "Längst (d)", "en": "Longest (days)"},
    "metric.longest.def": {
        "fi": "Eniten päiviä alusta uloskäyntiin kiertämättä silmukkaa: kestojen ylärajat kokonaisina päivinä (uloskäynnin omaa kestoa ei lasketa). — = ei tiedossa: jonkin reitin askeleelle ei ole annettu kestoa.",
        "sv": "Flest dagar från början till en utgång utan att gå runt en slinga: de övre gränserna i hela dagar (utgångens egen längd räknas inte). — = okänt: ett steg på någon väg saknar längd.",
        "en": "Most days from an entry to an exit without going round a loop: the high end of each duration, in whole days (the exit's own is not counted). — = not known: a step on some route has no duration given.",
    },
    "tpl.head": {
        "fi": "Oma palvelupolku – pohja. Muokkaa, poista ja lisää; tiedosto on kelvollinen sellaisenaan.",
        "sv": "Egen servicestig – mall. Redigera, ta bort och lägg till; filen är giltig som den är.",
        "en": "Your own service path – a template. Edit, remove and add; the file is valid as it stands.",
    },
    "tpl.contract": {
        "fi": "Muoto: docs/PATH_FORMAT.md. Tunnisteet (id) ovat pieniä kirjaimia, numeroita ja viivoja.",
        "sv": "Format: docs/PATH_FORMAT.md. Id:n består av små bokstäver, siffror och bindestreck.",
        "en": "Format: docs/PATH_FORMAT.md. Ids are lower-case letters, digits and hyphens.",
    },
    "tpl.dates": {
        "fi": "Milloin kuvaus on voimassa ja milloin se on viimeksi tarkistettu (VVVV-KK-PP).",
        "sv": "När beskrivningen gäller och när den senast kontrollerades (ÅÅÅÅ-MM-DD).",
        "en": "When the description applies and when it was last checked (YYYY-MM-DD).",
    },
    "tpl.sources": {
        "fi": "Lähteet: jokainen askel kertoo, mihin se perustuu (sources).",
        "sv": "Källor: varje steg anger vad det bygger på (sources).",
        "en": "Sources: every step says what it rests on (sources).",
    },
    "tpl.actors": {
        "fi": "Toimijat: kind on yksi muodon toimijatyypeistä, name on paikallinen nimi.",
        "sv": "Aktörer: kind är en av formatets aktörstyper, name är det lokala namnet.",
        "en": "Actors: kind is one of the format's actor kinds, name is the local name.",
    },
    "tpl.phases": {
        "fi": "Vaiheet järjestyksessä: into (ohjautuminen), during (aikana), out (jatko).",
        "sv": "Faserna i ordning: into (in), during (under), out (ut).",
        "en": "Phases in order: into, during, out.",
    },
    "tpl.steps": {
        "fi": "Askeleet lukujärjestyksessä; roles kertoo, kuka tekee mitä (responsible = vastuussa).",
        "sv": "Stegen i läsordning; roles anger vem som gör vad (responsible = ansvarig).",
        "en": "Steps in reading order; roles say who does what (responsible = leads).",
    },
    "tpl.next": {
        "fi": "Mihin tästä jatketaan; handoff: warm = saattaen, cold = asiakas ottaa itse yhteyttä.",
        "sv": "Vart man går vidare; handoff: warm = ledsagat överlämnande, cold = klienten tar själv kontakt.",
        "en": "Where the path goes on; handoff: warm = accompanied, cold = the client makes contact alone.",
    },
    "tpl.region_default": {"fi": "Oma alue", "sv": "Eget område", "en": "Our area"},
    "tpl.title": {
        "fi": "{region} – kuntouttavan työtoiminnan polku",
        "sv": "{region} – stigen för arbetsverksamhet i rehabiliteringssyfte",
        "en": "{region} – the rehabilitative work activity path",
    },
    "tpl.law_title": {
        "fi": "Laki kuntouttavasta työtoiminnasta 189/2001",
        "sv": "Lag om arbetsverksamhet i rehabiliteringssyfte 189/2001",
        "en": "Act on Rehabilitative Work Activity 189/2001",
    },
    "tpl.client": {"fi": "Asiakas", "sv": "Klient", "en": "Client"},
    "tpl.social": {
        "fi": "Hyvinvointialueen sosiaalipalvelut",
        "sv": "Välfärdsområdets socialtjänster",
        "en": "The county's social services",
    },
    "notice.wind_down": {
        "fi": "Palvelu on lakkautumassa nykymuodossaan",
        "sv": "Tjänsten läggs ned i sin nuvarande form",
        "en": "The service is ending in its current form",
    },
    "notice.rights": {
        "fi": "Asiakkaan oikeudet: muistutus, sosiaaliasiamies, muutoksenhaku",
        "sv": "Klientens rättigheter: anmärkning, socialombudsman, ändringssökande",
        "en": "The client's rights: formal complaint, social ombudsman, appeal",
    },
    "notice.rights_client": {
        "fi": "Sinun oikeutesi",
        "sv": "Dina rättigheter",
        "en": "Your rights",
    },
    "onb.wind_down_paths": {
        "fi": "Tämä koskee näitä nyt voimassa olevia polkuja:",
        "sv": "Det berör dessa stigar som gäller i dag:",
        "en": "This concerns these paths that apply today:",
    },
    "notice.sources": {"fi": "Lähteet", "sv": "Källor", "en": "Sources"},
    "tpl.employment": {
        "fi": "Työllisyyspalvelut",
        "sv": "Sysselsättningstjänster",
        "en": "Employment services",
    },
    "tpl.provider": {
        "fi": "Työtoiminnan tuottaja",
        "sv": "Producent av arbetsverksamhet",
        "en": "Activity producer",
    },
    "tpl.phase_into": {"fi": "Ohjautuminen", "sv": "Hänvisning", "en": "Getting there"},
    "tpl.phase_during": {"fi": "Työtoiminta", "sv": "Arbetsverksamhet", "en": "Work activity"},
    "tpl.phase_out": {"fi": "Jatko", "sv": "Fortsättning", "en": "What comes next"},
    "tpl.step_plan": {
        "fi": "Aktivointisuunnitelma",
        "sv": "Aktiveringsplan",
        "en": "Activation plan",
    },
    "tpl.step_plan_client": {
        "fi": "Teet suunnitelman yhdessä työllisyyspalvelujen ja sosiaalipalvelujen kanssa.",
        "sv": "Du gör planen tillsammans med sysselsättningstjänsterna och socialtjänsterna.",
        "en": "You make the plan together with employment services and social services.",
    },
    "tpl.step_activity": {
        "fi": "Kuntouttava työtoiminta",
        "sv": "Arbetsverksamhet i rehabiliteringssyfte",
        "en": "Rehabilitative work activity",
    },
    "tpl.step_final": {
        "fi": "Loppuarvio ja jatkosuunnitelma",
        "sv": "Slutbedömning och fortsatt plan",
        "en": "Final assessment and next plan",
    },
    "nav.own": {"fi": "Oma polku", "sv": "Egen stig", "en": "Your own path"},
    "own.intro": {
        "fi": "Lataa oma polkutiedosto, aloita pohjasta tai kopioi ladattu polku, muokkaa taulukoissa ja lataa tulos. Polku näkyy kaikilla sivuilla vain tässä selainistunnossa; palvelimelle ei tallenneta mitään.",
        "sv": "Ladda upp en egen stigfil, börja från mallen eller kopiera en inläst stig, redigera i tabellerna och ladda ner resultatet. Stigen syns på alla sidor bara i den här webbläsarsessionen; ingenting sparas på servern.",
        "en": "Upload your own path file, start from the template or copy a loaded path, edit it in the tables and download the result. The path shows on every page in this browser session only; nothing is saved on the server.",
    },
    "own.upload": {"fi": "Lataa tiedosto", "sv": "Ladda upp en fil", "en": "Upload a file"},
    "own.upload_label": {
        "fi": "YAML-tiedosto, enintään 1 MiB",
        "sv": "YAML-fil, högst 1 MiB",
        "en": "A YAML file, at most 1 MiB",
    },
    "upload.choose": {"fi": "Valitse tiedosto", "sv": "Välj fil", "en": "Choose a file"},
    "upload.too_large": {
        "fi": "Tiedosto on liian suuri: polkutiedosto saa olla enintään 1 MiB. Jaa kuvaus "
        "useaan tiedostoon.",
        "sv": "Filen är för stor: en stigfil får vara högst 1 MiB. Dela upp beskrivningen i "
        "flera filer.",
        "en": "The file is too large: a path file may be at most 1 MiB. Split the description "
        "into several files.",
    },
    "upload.wrong_type": {
        "fi": "Vain YAML-tiedosto (.yaml tai .yml) käy.",
        "sv": "Bara en YAML-fil (.yaml eller .yml) går.",
        "en": "Only a YAML file (.yaml or .yml) will do.",
    },
    "own.upload_help": {
        "fi": "Tiedosto tarkistetaan heti; virheet kerrotaan rivinumeroineen.",
        "sv": "Filen kontrolleras genast; fel anges med radnummer.",
        "en": "The file is checked at once; errors are given with line numbers.",
    },
    "own.uploaded": {
        "fi": "Polku {id} on nyt käytössä tässä istunnossa: polun tutkija, tapaaminen, perehdytys ja vertailu.",
        "sv": "Stigen {id} används nu i den här sessionen: stigutforskaren, mötet, introduktionen och jämförelsen.",
        "en": "Path {id} is now in use in this session: the explorer, the meeting, onboarding and the comparison.",
    },
    "own.template": {"fi": "Pohja", "sv": "Mall", "en": "Template"},
    "own.region": {"fi": "Alueen nimi", "sv": "Områdets namn", "en": "The region's name"},
    "own.start_template": {
        "fi": "Aloita pohjasta",
        "sv": "Börja från mallen",
        "en": "Start from the template",
    },
    "own.download_template": {
        "fi": "Lataa kommentoitu pohja",
        "sv": "Ladda ner den kommenterade mallen",
        "en": "Download the commented template",
    },
    "own.copy": {
        "fi": "Kopioi ladattu polku",
        "sv": "Kopiera en inläst stig",
        "en": "Copy a loaded path",
    },
    "own.copy_which": {"fi": "Polku", "sv": "Stig", "en": "Path"},
    "own.start_copy": {
        "fi": "Kopioi ja muokkaa",
        "sv": "Kopiera och redigera",
        "en": "Copy and edit",
    },
    "own.replace_q": {
        "fi": "Tämä korvaa nykyisen luonnoksesi. Lataa se ensin, jos haluat säilyttää sen.",
        "sv": "Det här ersätter ditt nuvarande utkast. Ladda ner det först om du vill behålla det.",
        "en": "This replaces your current draft. Download it first if you want to keep it.",
    },
    "own.replace_yes": {"fi": "Korvaa luonnos", "sv": "Ersätt utkastet", "en": "Replace the draft"},
    "own.replace_no": {"fi": "Peruuta", "sv": "Avbryt", "en": "Cancel"},
    "own.no_draft": {
        "fi": "Ei luonnosta vielä: lataa tiedosto, aloita pohjasta tai kopioi polku.",
        "sv": "Inget utkast ännu: ladda upp en fil, börja från mallen eller kopiera en stig.",
        "en": "No draft yet: upload a file, start from the template or copy a path.",
    },
    "own.edit_lang": {
        "fi": "Muokattava kieli",
        "sv": "Språk att redigera",
        "en": "Language to edit",
    },
    "own.tab.actors": {"fi": "Toimijat", "sv": "Aktörer", "en": "Actors"},
    "own.tab.phases": {"fi": "Vaiheet", "sv": "Faser", "en": "Phases"},
    "own.tab.steps": {"fi": "Askeleet", "sv": "Steg", "en": "Steps"},
    "own.tab.roles": {"fi": "Roolit", "sv": "Roller", "en": "Roles"},
    "own.tab.transitions": {"fi": "Siirtymät", "sv": "Övergångar", "en": "Transitions"},
    "own.tab_help.actors": {
        "fi": "Ketkä polulla ovat mukana. Tyypin avulla toimijoita verrataan eri alueiden välillä.",
        "sv": "Vilka som deltar på stigen. Med typen jämförs aktörerna mellan olika områden.",
        "en": "Who takes part in the path. The kind lets actors be compared across regions.",
    },
    "own.tab_help.phases": {
        "fi": "Polun vaiheet järjestyksessä; jokainen askel kuuluu yhteen vaiheeseen.",
        "sv": "Stigens faser i ordning; varje steg hör till en fas.",
        "en": "The path's phases in order; every step belongs to one phase.",
    },
    "own.tab_help.steps": {
        "fi": "Askeleet lukujärjestyksessä. Tyypin avulla saman tyypin askeleet asetetaan vertailussa rinnakkain.",
        "sv": "Stegen i läsordning. Med typen ställs steg av samma typ sida vid sida i jämförelsen.",
        "en": "The steps in reading order. The kind puts steps of the same kind side by side in the comparison.",
    },
    "own.tab_help.roles": {
        "fi": "Kuka tekee mitä kussakin askeleessa. Askel, jossa kukaan ei ole vastuussa, on katvealue.",
        "sv": "Vem gör vad i varje steg. Ett steg där ingen är ansvarig är en gråzon.",
        "en": "Who does what at each step. A step where no one is responsible is a gap.",
    },
    "own.tab_help.transitions": {
        "fi": "Mistä askeleesta mihin jatketaan. Askel, josta ei jatketa mihinkään, on uloskäynti.",
        "sv": "Från vilket steg man går vidare till vilket. Ett steg utan övergångar är en utgång.",
        "en": "Which step leads to which. A step with no transitions is an exit.",
    },
    "own.col.id": {"fi": "Tunniste", "sv": "Id", "en": "ID"},
    "own.col.kind": {"fi": "Tyyppi", "sv": "Typ", "en": "Kind"},
    "own.col.name": {"fi": "Nimi", "sv": "Namn", "en": "Name"},
    "own.col.contact": {"fi": "Yhteystieto", "sv": "Kontakt", "en": "Contact"},
    "own.col.title": {"fi": "Otsikko", "sv": "Rubrik", "en": "Title"},
    "own.col.phase": {"fi": "Vaihe", "sv": "Fas", "en": "Phase"},
    "own.col.start": {"fi": "Alkuaskel", "sv": "Första steg", "en": "First step"},
    "own.col.client_text": {
        "fi": "Teksti asiakkaalle",
        "sv": "Text till klienten",
        "en": "Text for the client",
    },
    "own.col.step": {"fi": "Askel", "sv": "Steg", "en": "Step"},
    "own.col.actor": {"fi": "Toimija", "sv": "Aktör", "en": "Actor"},
    "own.col.role": {"fi": "Rooli", "sv": "Roll", "en": "Role"},
    "own.col.task": {"fi": "Tehtävä", "sv": "Uppgift", "en": "Task"},
    "own.col.from": {"fi": "Askeleesta", "sv": "Från steget", "en": "From step"},
    "own.col.to": {"fi": "Askeleeseen", "sv": "Till steget", "en": "To step"},
    "own.col.when": {"fi": "Milloin", "sv": "När", "en": "When"},
    "own.col.client_when": {
        "fi": "Milloin, asiakkaan sanoin",
        "sv": "När, med klientens ord",
        "en": "When, in the client's words",
    },
    "own.col.handoff": {"fi": "Siirto", "sv": "Överlämning", "en": "Handoff"},
    "own.help.id": {
        "fi": "Lyhyt tunnus, jolla muut rivit viittaavat tähän: pienet kirjaimet a–z, numerot ja viivat.",
        "sv": "En kort kod som andra rader hänvisar till: små bokstäver a–z, siffror och bindestreck.",
        "en": "A short code the other rows refer to: small letters a–z, digits and hyphens.",
    },
    "own.help.start": {
        "fi": "Polku alkaa tästä askeleesta. Jos mitään ei ole merkitty, polku alkaa ensimmäisestä askeleesta.",
        "sv": "Stigen börjar vid det här steget. Om inget är markerat börjar stigen vid det första steget.",
        "en": "The path begins at this step. If none is ticked, the path begins at the first step.",
    },
    "own.help.handoff": {
        "fi": "Saattaen vaihtaen: työntekijä saattaa asiakkaan seuraavalle toimijalle. Kylmä siirto: asiakas ottaa itse yhteyttä. Tyhjä: ei kerrottu.",
        "sv": "Ledsagat överlämnande: personalen följer klienten till nästa aktör. Kall överlämning: klienten tar själv kontakt. Tom: inte angivet.",
        "en": "Warm handoff: a worker takes the client to the next actor. Cold handoff: the client makes contact alone. Empty: not stated.",
    },
    "own.handoff.warm": {
        "fi": "Saattaen vaihtaen",
        "sv": "Ledsagat överlämnande",
        "en": "Warm handoff",
    },
    "own.handoff.cold": {"fi": "Kylmä siirto", "sv": "Kall överlämning", "en": "Cold handoff"},
    "own.handoff.none": {
        "fi": "Ei kerrottu",
        "sv": "Inte beskriven",
        "en": "Not stated",
    },
    "own.in_force_from": {
        "fi": "Voimassa {start} alkaen",
        "sv": "Gäller från {start}",
        "en": "In force from {start}",
    },
    "own.in_force_range": {
        "fi": "Voimassa {start}–{end}",
        "sv": "Gäller {start}–{end}",
        "en": "In force {start}–{end}",
    },
    "own.updated": {
        "fi": "tarkistettu {date}",
        "sv": "granskad {date}",
        "en": "checked {date}",
    },
    "own.tables_help": {
        "fi": "Muutos tallentuu luonnokseen heti, kun solusta poistutaan. Tyhjä tekstisolu tarkoittaa, ettei tekstiä ole vielä kirjoitettu tällä kielellä. Muut kentät (lähteet, asiakirjat, lakiperusta) säilyvät tiedostossa.",
        "sv": "En ändring sparas i utkastet så fort du lämnar cellen. En tom textcell betyder att texten inte är skriven på det här språket än. Övriga fält (källor, dokument, rättslig grund) finns kvar i filen.",
        "en": "A change goes into the draft as soon as you leave the cell. An empty text cell means the text is not yet written in this language. Other fields (sources, documents, legal basis) stay in the file.",
    },
    "own.valid": {
        "fi": {
            "one": "Kelvollinen: polku {id} on käytössä tässä istunnossa ({n} huomio).",
            "other": "Kelvollinen: polku {id} on käytössä tässä istunnossa ({n} huomiota).",
        },
        "sv": {
            "one": "Giltig: stigen {id} används i den här sessionen ({n} iakttagelse).",
            "other": "Giltig: stigen {id} används i den här sessionen ({n} iakttagelser).",
        },
        "en": {
            "one": "Valid: path {id} is in use in this session ({n} finding).",
            "other": "Valid: path {id} is in use in this session ({n} findings).",
        },
    },
    "own.findings": {"fi": "Huomiot ({n})", "sv": "Iakttagelser ({n})", "en": "Findings ({n})"},
    "own.invalid": {
        "fi": "Luonnos ei ole vielä kelvollinen. Se on tallessa sellaisenaan; korjaa nämä (rivit viittaavat ladattavaan tiedostoon):",
        "sv": "Utkastet är inte giltigt än. Det finns kvar som det är; rätta följande (raderna avser filen du laddar ner):",
        "en": "The draft is not valid yet. It is kept as it is; fix these (the lines refer to the file you download):",
    },
    "own.preview": {
        "fi": "Esikatselu",
        "sv": "Förhandsvisning",
        "en": "Preview",
    },
    "own.preview_last": {
        "fi": "Esikatselu näyttää viimeisimmän kelvollisen version.",
        "sv": "Förhandsvisningen visar den senaste giltiga versionen.",
        "en": "The preview shows the last valid version.",
    },
    "own.download": {"fi": "Lataa YAML", "sv": "Ladda ner YAML", "en": "Download YAML"},
    "own.open_explorer": {
        "fi": "Avaa polun tutkijassa",
        "sv": "Öppna i stigutforskaren",
        "en": "Open in the explorer",
    },
    "own.discard": {"fi": "Hylkää luonnos", "sv": "Kasta utkastet", "en": "Discard the draft"},
    "own.discard_q": {
        "fi": "Hylätäänkö luonnos? Sitä ei voi palauttaa.",
        "sv": "Kasta utkastet? Det går inte att ångra.",
        "en": "Discard the draft? This cannot be undone.",
    },
    "own.discard_yes": {"fi": "Kyllä, hylkää", "sv": "Ja, kasta", "en": "Yes, discard"},
    "own.session_only": {
        "fi": "Vain tässä istunnossa: {ids}",
        "sv": "Bara i den här sessionen: {ids}",
        "en": "In this session only: {ids}",
    },
    "own.card": {
        "fi": "Oma polku – vain tässä istunnossa",
        "sv": "Egen stig – bara i den här sessionen",
        "en": "Your own path – this session only",
    },
    "own.too_many": {
        "fi": {
            "one": "Tässä istunnossa on jo {n} oma polku. Hylkää luonnos tai lataa sivu uudelleen aloittaaksesi alusta.",
            "other": "Tässä istunnossa on jo {n} omaa polkua. Hylkää luonnos tai lataa sivu uudelleen aloittaaksesi alusta.",
        },
        "sv": {
            "one": "Sessionen har redan {n} egen stig. Kasta utkastet eller ladda om sidan för att börja om.",
            "other": "Sessionen har redan {n} egna stigar. Kasta utkastet eller ladda om sidan för att börja om.",
        },
        "en": {
            "one": "This session already holds {n} own path. Discard the draft or reload the page to start afresh.",
            "other": "This session already holds {n} own paths. Discard the draft or reload the page to start afresh.",
        },
    },
    "own.replaces": {
        "fi": "Samalla tunnisteella ladattu polku korvautuu tässä istunnossa tällä tiedostolla.",
        "sv": "Den inlästa stigen med samma id ersätts av den här filen i sessionen.",
        "en": "The loaded path with the same id is replaced by this file in this session.",
    },
    # --- workshop rooms (pages/workshop.py, components/room.py, components/workshop_*.py) -----
    "nav.workshop": {"fi": "Työpaja", "sv": "Workshop", "en": "Workshop"},
    "workshop.intro": {
        "fi": "Työpajassa osallistujat katsovat samoja polkuja ja kirjoittavat kommentteja askeliin. Uudet kommentit näkyvät kaikille muutamassa sekunnissa, ja polut ja kommentit säilyvät, vaikka selaimet suljetaan.",
        "sv": "I en workshop tittar deltagarna på samma stigar och skriver kommentarer till stegen. Nya kommentarer syns för alla inom några sekunder, och stigarna och kommentarerna finns kvar när webbläsarna stängs.",
        "en": "In a workshop room the participants look at the same paths and write notes on the steps. New notes show for everyone within seconds, and the paths and notes stay when the browsers close.",
    },
    "workshop.db_down": {
        "fi": "Työpajoja ei voi nyt käyttää: tietokantaan ei saada yhteyttä. Ladatut polut toimivat muilla sivuilla tavalliseen tapaan.",
        "sv": "Workshoppar kan inte användas just nu: databasen går inte att nå. De inlästa stigarna fungerar som vanligt på de andra sidorna.",
        "en": "Workshop rooms cannot be used now: the database cannot be reached. The loaded paths work as usual on the other pages.",
    },
    "workshop.db_detail": {
        "fi": "Tekninen syy ylläpidolle: {problem}",
        "sv": "Teknisk orsak för underhållet: {problem}",
        "en": "Technical reason, for whoever runs the server: {problem}",
    },
    "workshop.db_error": {
        "fi": "Tietokanta ei vastannut, joten mitään ei muutettu. Yritä hetken kuluttua uudelleen.",
        "sv": "Databasen svarade inte, så ingenting ändrades. Försök igen om en stund.",
        "en": "The database did not answer, so nothing was changed. Try again in a moment.",
    },
    "workshop.create": {"fi": "Luo työpaja", "sv": "Skapa en workshop", "en": "Create a room"},
    "workshop.room_title": {
        "fi": "Työpajan nimi",
        "sv": "Workshoppens namn",
        "en": "The room's title",
    },
    "workshop.room_day": {"fi": "Päivä", "sv": "Dag", "en": "Day"},
    "workshop.create_go": {"fi": "Luo työpaja", "sv": "Skapa workshoppen", "en": "Create the room"},
    "workshop.created": {
        "fi": "Työpaja {title} on luotu. Linkit näytetään vain nyt: kopioi ne talteen.",
        "sv": "Workshoppen {title} har skapats. Länkarna visas bara nu: kopiera dem.",
        "en": "The room {title} is ready. The links are shown only now: copy them.",
    },
    "workshop.participant_link": {
        "fi": "Osallistujien linkki",
        "sv": "Deltagarlänk",
        "en": "Participant link",
    },
    "workshop.participant_help": {
        "fi": "Jaa tämä kaikille osallistujille. Sillä voi katsoa työpajan polkuja, kirjoittaa kommentteja ja äänestää.",
        "sv": "Dela den här med alla deltagare. Med den kan man se workshoppens stigar, skriva kommentarer och rösta.",
        "en": "Share this with every participant. With it one can see the room's paths, write notes and vote.",
    },
    "workshop.facilitator_link": {
        "fi": "Vetäjän linkki",
        "sv": "Ledarens länk",
        "en": "Facilitator link",
    },
    "workshop.facilitator_warning": {
        "fi": "Pidä vetäjän linkki vain itselläsi. Sillä voi lukita työpajan, piilottaa ja poistaa kommentteja ja poistaa koko työpajan.",
        "sv": "Behåll ledarens länk för dig själv. Med den kan man låsa workshoppen, dölja och radera kommentarer och radera hela workshoppen.",
        "en": "Keep the facilitator link to yourself. With it one can lock the room, hide and delete notes, and delete the whole room.",
    },
    "workshop.open_facilitator": {
        "fi": "Avaa työpaja vetäjänä",
        "sv": "Öppna workshoppen som ledare",
        "en": "Open the room as facilitator",
    },
    "workshop.expires": {
        "fi": "Työpaja poistetaan kommentteineen {date}.",
        "sv": "Workshoppen raderas med sina kommentarer {date}.",
        "en": "The room is deleted with its notes on {date}.",
    },
    "workshop.role_facilitator": {
        "fi": "Olet vetäjä",
        "sv": "Du är ledare",
        "en": "You are the facilitator",
    },
    "workshop.role_participant": {
        "fi": "Olet osallistuja",
        "sv": "Du är deltagare",
        "en": "You are a participant",
    },
    "workshop.locked": {
        "fi": "Työpaja on lukittu: kommentteja, ääniä ja polkuja ei voi enää lisätä.",
        "sv": "Workshoppen är låst: kommentarer, röster och stigar kan inte längre läggas till.",
        "en": "The room is locked: no more notes, votes or paths can be added.",
    },
    "workshop.go_explorer": {
        "fi": "Tutki polkuja",
        "sv": "Utforska stigarna",
        "en": "Explore the paths",
    },
    "workshop.go_compare": {
        "fi": "Vertaa polkuja",
        "sv": "Jämför stigarna",
        "en": "Compare the paths",
    },
    "workshop.go_meeting": {
        "fi": "Käy polku läpi",
        "sv": "Gå igenom en stig",
        "en": "Walk through a path",
    },
    "workshop.links_carry": {
        "fi": "Työpajan polut ovat mukana kaikilla sivuilla, kunnes poistut työpajasta, ja polun tutkijassa voit kommentoida askelta.",
        "sv": "Workshoppens stigar följer med på alla sidor tills du lämnar workshoppen, och i stigutforskaren kan du kommentera ett steg.",
        "en": "The room's paths come along on every page until you leave the room, and in the path explorer you can write a note on a step.",
    },
    "workshop.tab_notes": {"fi": "Kommentit", "sv": "Kommentarer", "en": "Notes"},
    "workshop.tab_paths": {"fi": "Polut", "sv": "Stigar", "en": "Paths"},
    "workshop.tab_record": {"fi": "Muistio", "sv": "Protokoll", "en": "Record"},
    "workshop.tab_facilitator": {"fi": "Vetäjälle", "sv": "För ledaren", "en": "Facilitator"},
    "workshop.add_note": {"fi": "Uusi kommentti", "sv": "Ny kommentar", "en": "New note"},
    "workshop.leave": {
        "fi": "Poistu työpajasta",
        "sv": "Lämna workshoppen",
        "en": "Leave the room",
    },
    "workshop.note_path": {"fi": "Polku", "sv": "Stig", "en": "Path"},
    "workshop.note_step": {"fi": "Askel", "sv": "Steg", "en": "Step"},
    "workshop.note_kind": {"fi": "Kommentin laji", "sv": "Typ av kommentar", "en": "Kind of note"},
    "workshop.note_text": {
        "fi": "Kommentti (enintään 1 000 merkkiä)",
        "sv": "Kommentar (högst 1 000 tecken)",
        "en": "Note (at most 1,000 characters)",
    },
    "workshop.note_author": {
        "fi": "Nimesi (vapaaehtoinen)",
        "sv": "Ditt namn (frivilligt)",
        "en": "Your name (optional)",
    },
    "workshop.note_save": {
        "fi": "Tallenna kommentti",
        "sv": "Spara kommentaren",
        "en": "Save the note",
    },
    "workshop.no_clients": {
        "fi": "Älä kirjoita mitään asiakkaista: ei nimiä, henkilötunnuksia eikä tilanteita, joista asiakkaan voi tunnistaa.",
        "sv": "Skriv ingenting om klienter: inga namn, personbeteckningar eller situationer som en klient kan kännas igen av.",
        "en": "Write nothing about clients: no names, personal identity codes or situations a client could be recognised from.",
    },
    "workshop.note_saved": {
        "fi": "Kommentti tallennettu.",
        "sv": "Kommentaren sparades.",
        "en": "The note is saved.",
    },
    "workshop.note_length": {
        "fi": {"one": "Kommentissa on nyt {n} merkki.", "other": "Kommentissa on nyt {n} merkkiä."},
        "sv": {"one": "Kommentaren har nu {n} tecken.", "other": "Kommentaren har nu {n} tecken."},
        "en": {
            "one": "The note now has {n} character.",
            "other": "The note now has {n} characters.",
        },
    },
    "workshop.notes": {"fi": "Kommentit", "sv": "Kommentarer", "en": "Notes"},
    "workshop.no_notes": {
        "fi": "Kommentteja ei vielä ole.",
        "sv": "Inga kommentarer ännu.",
        "en": "No notes yet.",
    },
    "workshop.no_paths_here": {
        "fi": "Kommentoitavia polkuja ei ole.",
        "sv": "Det finns inga stigar att kommentera.",
        "en": "There are no paths to write notes on.",
    },
    "workshop.note_count": {
        "fi": {"one": "{n} kommentti", "other": "{n} kommenttia"},
        "sv": {"one": "{n} kommentar", "other": "{n} kommentarer"},
        "en": {"one": "{n} note", "other": "{n} notes"},
    },
    "workshop.votes": {
        "fi": {"one": "{n} ääni", "other": "{n} ääntä"},
        "sv": {"one": "{n} röst", "other": "{n} röster"},
        "en": {"one": "{n} vote", "other": "{n} votes"},
    },
    "workshop.vote": {"fi": "+1", "sv": "+1", "en": "+1"},
    "workshop.vote_help": {
        "fi": "Kannata tätä kommenttia",
        "sv": "Stöd den här kommentaren",
        "en": "Support this note",
    },
    "workshop.voted": {
        "fi": "Tästä selaimesta on jo annettu ääni tälle kommentille.",
        "sv": "Den här webbläsaren har redan röstat på kommentaren.",
        "en": "This browser has already voted for this note.",
    },
    "workshop.hide": {"fi": "Piilota", "sv": "Dölj", "en": "Hide"},
    "workshop.show_hidden": {
        "fi": "Näytä piilotetut kommentit",
        "sv": "Visa dolda kommentarer",
        "en": "Show hidden notes",
    },
    "workshop.show_all": {
        "fi": "Näytä kaikki kommentit",
        "sv": "Visa alla kommentarer",
        "en": "Show all notes",
    },
    "workshop.newest": {
        "fi": {
            "one": "Näkyvissä uusin {n} kommentti.",
            "other": "Näkyvissä uusimmat {n} kommenttia.",
        },
        "sv": {
            "one": "Den nyaste {n} kommentaren visas.",
            "other": "De nyaste {n} kommentarerna visas.",
        },
        "en": {"one": "The newest {n} note is shown.", "other": "The newest {n} notes are shown."},
    },
    "workshop.show": {"fi": "Näytä", "sv": "Visa", "en": "Show"},
    "workshop.delete": {"fi": "Poista", "sv": "Radera", "en": "Delete"},
    "workshop.hidden_mark": {
        "fi": "piilotettu osallistujilta",
        "sv": "dold för deltagarna",
        "en": "hidden from participants",
    },
    "workshop.live": {
        "fi": "Lista päivittyy itsestään muutaman sekunnin välein.",
        "sv": "Listan uppdateras av sig själv med några sekunders mellanrum.",
        "en": "The list updates itself every few seconds.",
    },
    "workshop.unknown_step": {
        "fi": "askel, jota polulla ei enää ole: {id}",
        "sv": "steg som stigen inte längre har: {id}",
        "en": "a step the path no longer has: {id}",
    },
    "workshop.unknown_path": {
        "fi": "polku, jota ei ole ladattu: {id}",
        "sv": "stig som inte är inläst: {id}",
        "en": "a path that is not loaded: {id}",
    },
    "workshop.paths_title": {
        "fi": "Työpajan polut",
        "sv": "Workshoppens stigar",
        "en": "The room's paths",
    },
    "workshop.paths_none": {
        "fi": "Työpajaan ei ole vielä tallennettu polkuja. Ladatut polut ovat silti käytettävissä.",
        "sv": "Inga stigar har sparats i workshoppen ännu. De inlästa stigarna kan ändå användas.",
        "en": "No paths are saved in the room yet. The loaded paths can be used all the same.",
    },
    "workshop.path_line": {
        "fi": "{title} — {source}, {date}",
        "sv": "{title} — {source}, {date}",
        "en": "{title} — {source}, {date}",
    },
    "workshop.source.shipped": {"fi": "ladattu polku", "sv": "inläst stig", "en": "a loaded path"},
    "workshop.source.upload": {
        "fi": "ladattu tiedosto",
        "sv": "uppladdad fil",
        "en": "an uploaded file",
    },
    "workshop.source.own": {"fi": "oma polku", "sv": "egen stig", "en": "an own path"},
    "workshop.remove_path": {
        "fi": "Poista työpajasta",
        "sv": "Ta bort ur workshoppen",
        "en": "Remove from the room",
    },
    "workshop.add_loaded": {
        "fi": "Lisää ladattuja polkuja",
        "sv": "Lägg till inlästa stigar",
        "en": "Add loaded paths",
    },
    "workshop.add_loaded_which": {"fi": "Polut", "sv": "Stigar", "en": "Paths"},
    "workshop.add_loaded_go": {
        "fi": "Tallenna valitut työpajaan",
        "sv": "Spara de valda i workshoppen",
        "en": "Save the chosen ones in the room",
    },
    "workshop.upload": {
        "fi": "Lataa polkutiedosto",
        "sv": "Ladda upp en stigfil",
        "en": "Upload a path file",
    },
    "workshop.save_own": {
        "fi": "Tallenna oma polkusi",
        "sv": "Spara din egen stig",
        "en": "Save your own path",
    },
    "workshop.save_own_go": {
        "fi": "Tallenna työpajaan",
        "sv": "Spara i workshoppen",
        "en": "Save in the room",
    },
    "workshop.no_own": {
        "fi": "Tässä istunnossa ei ole omaa polkua. Tee tai lataa sellainen Oma polku -sivulla.",
        "sv": "Den här sessionen har ingen egen stig. Gör eller ladda upp en på sidan Egen stig.",
        "en": "This session has no own path. Make or upload one on the Your own path page.",
    },
    "workshop.path_saved": {
        "fi": "Polku {id} on tallennettu työpajaan.",
        "sv": "Stigen {id} har sparats i workshoppen.",
        "en": "Path {id} is saved in the room.",
    },
    "workshop.path_removed": {
        "fi": "Polku {id} poistettiin työpajasta.",
        "sv": "Stigen {id} togs bort ur workshoppen.",
        "en": "Path {id} was removed from the room.",
    },
    "workshop.record_intro": {
        "fi": "Työpajan muistio tehdään latauksen hetkellä: kommentit taulukkona sekä raportti, jossa ovat vertaillut polut, niiden erot ja kommentit äänineen askeltyypeittäin. Piilotetut kommentit eivät ole mukana.",
        "sv": "Protokollet görs när du laddar ner det: kommentarerna som tabell och en rapport med de jämförda stigarna, skillnaderna mellan dem och kommentarerna med röster efter stegtyp. Dolda kommentarer ingår inte.",
        "en": "The record is made when you download it: the notes as a table, and a report with the paths compared, how they differ, and the notes with their votes by step kind. Hidden notes are left out.",
    },
    "workshop.dl_csv": {"fi": "Kommentit (CSV)", "sv": "Kommentarer (CSV)", "en": "Notes (CSV)"},
    "workshop.dl_xlsx": {
        "fi": "Kommentit (Excel)",
        "sv": "Kommentarer (Excel)",
        "en": "Notes (Excel)",
    },
    "workshop.dl_md": {
        "fi": "Raportti (Markdown)",
        "sv": "Rapport (Markdown)",
        "en": "Report (Markdown)",
    },
    "workshop.dl_pdf": {"fi": "Raportti (PDF)", "sv": "Rapport (PDF)", "en": "Report (PDF)"},
    "workshop.lock": {"fi": "Lukitse työpaja", "sv": "Lås workshoppen", "en": "Lock the room"},
    "workshop.unlock": {"fi": "Avaa lukitus", "sv": "Lås upp", "en": "Unlock the room"},
    "workshop.lock_help": {
        "fi": "Lukitussa työpajassa kaikki voivat lukea, mutta kukaan ei voi lisätä kommentteja, ääniä tai polkuja.",
        "sv": "I en låst workshop kan alla läsa, men ingen kan lägga till kommentarer, röster eller stigar.",
        "en": "In a locked room everyone can read, but no one can add notes, votes or paths.",
    },
    "workshop.delete_room": {
        "fi": "Poista työpaja",
        "sv": "Radera workshoppen",
        "en": "Delete the room",
    },
    "workshop.delete_room_q": {
        "fi": "Poistetaanko työpaja, sen polut ja kaikki kommentit? Tätä ei voi perua.",
        "sv": "Ska workshoppen, dess stigar och alla kommentarer raderas? Det går inte att ångra.",
        "en": "Delete the room, its paths and every note? This cannot be undone.",
    },
    "workshop.delete_room_yes": {"fi": "Kyllä, poista", "sv": "Ja, radera", "en": "Yes, delete"},
    "workshop.delete_room_no": {"fi": "Peruuta", "sv": "Avbryt", "en": "Cancel"},
    "workshop.deleted": {
        "fi": "Työpaja on poistettu.",
        "sv": "Workshoppen har raderats.",
        "en": "The room is deleted.",
    },
    "workshop.links_again": {
        "fi": "Työpajan linkit",
        "sv": "Workshoppens länkar",
        "en": "The room's links",
    },
    "workshop.new_room": {
        "fi": "Luo uusi työpaja",
        "sv": "Skapa en ny workshop",
        "en": "Create a new room",
    },
    "workshop.in_room": {
        "fi": "Työpaja: {title}",
        "sv": "Workshop: {title}",
        "en": "Workshop room: {title}",
    },
    "workshop.step_notes": {
        "fi": "Kommentit tähän askeleeseen",
        "sv": "Kommentarer till det här steget",
        "en": "Notes on this step",
    },
    "workshop.steps_with_notes": {
        "fi": "Askeleet, joilla on kommentteja",
        "sv": "Steg med kommentarer",
        "en": "Steps with notes",
    },
    "workshop.kind.gap": {"fi": "katvealue", "sv": "gråzon", "en": "gap"},
    "workshop.kind.duplicate": {
        "fi": "päällekkäinen työ",
        "sv": "dubbelarbete",
        "en": "duplicate work",
    },
    "workshop.kind.good_practice": {
        "fi": "hyvä käytäntö",
        "sv": "god praxis",
        "en": "good practice",
    },
    "workshop.kind.question": {"fi": "kysymys", "sv": "fråga", "en": "question"},
    "workshop.kind.idea": {"fi": "idea", "sv": "idé", "en": "idea"},
    "workshop.col.path": {"fi": "Polku", "sv": "Stig", "en": "Path"},
    "workshop.col.step": {"fi": "Askel", "sv": "Steg", "en": "Step"},
    "workshop.col.step_kind": {"fi": "Askeltyyppi", "sv": "Stegtyp", "en": "Step kind"},
    "workshop.col.kind": {"fi": "Kommentin laji", "sv": "Typ av kommentar", "en": "Kind of note"},
    "workshop.col.text": {"fi": "Kommentti", "sv": "Kommentar", "en": "Note"},
    "workshop.col.author": {"fi": "Nimi", "sv": "Namn", "en": "Name"},
    "workshop.col.votes": {"fi": "Ääniä", "sv": "Röster", "en": "Votes"},
    "workshop.col.created": {
        "fi": "Kirjoitettu (UTC)",
        "sv": "Skriven (UTC)",
        "en": "Written (UTC)",
    },
    "workshop.report.title": {
        "fi": "Työpajan raportti: {title}",
        "sv": "Workshoprapport: {title}",
        "en": "Workshop report: {title}",
    },
    "workshop.report.day": {"fi": "Päivä: {date}", "sv": "Dag: {date}", "en": "Day: {date}"},
    "workshop.report.paths": {
        "fi": "Vertaillut polut",
        "sv": "Jämförda stigar",
        "en": "Paths compared",
    },
    "workshop.report.no_paths": {"fi": "Ei polkuja.", "sv": "Inga stigar.", "en": "No paths."},
    "workshop.report.differences": {
        "fi": "Polkujen erot",
        "sv": "Skillnader mellan stigarna",
        "en": "How the paths differ",
    },
    "workshop.report.one_path": {
        "fi": "Työpajassa oli alle kaksi polkua, joten eroja ei ole vertailtavana.",
        "sv": "Workshoppen hade färre än två stigar, så det finns inga skillnader att jämföra.",
        "en": "The room had fewer than two paths, so there are no differences to compare.",
    },
    "workshop.report.notes": {
        "fi": "Kommentit askeltyypeittäin",
        "sv": "Kommentarer efter stegtyp",
        "en": "Notes by step kind",
    },
    "workshop.report.no_notes": {
        "fi": "Kommentteja ei ollut.",
        "sv": "Det fanns inga kommentarer.",
        "en": "There were no notes.",
    },
    "workshop.report.other_steps": {
        "fi": "Askeleet, joita polulla ei enää ole",
        "sv": "Steg som stigen inte längre har",
        "en": "Steps the path no longer has",
    },
    "workshop.report.made": {
        "fi": "Laadittu {date}.",
        "sv": "Uppgjord {date}.",
        "en": "Made on {date}.",
    },
    "workshop.title_needed": {
        "fi": "Anna työpajalle nimi.",
        "sv": "Ge workshoppen ett namn.",
        "en": "Give the room a title.",
    },
    # Refusals from polku.store.rooms, by the key it raises.
    "room.unknown": {
        "fi": "Tällä linkillä ei löydy työpajaa. Linkki voi olla kopioitu vajaana, tai työpaja on poistettu tai vanhentunut.",
        "sv": "Ingen workshop hittas med den här länken. Länken kan ha kopierats ofullständigt, eller så har workshoppen raderats eller gått ut.",
        "en": "No room is found with this link. The link may have been copied in part, or the room was deleted or has expired.",
    },
    "room.locked": {
        "fi": "Työpaja on lukittu, joten tätä ei tallennettu.",
        "sv": "Workshoppen är låst, så det här sparades inte.",
        "en": "The room is locked, so this was not saved.",
    },
    "room.not_facilitator": {
        "fi": "Tähän tarvitaan vetäjän linkki. Osallistujan linkillä voi lukea, kommentoida ja äänestää.",
        "sv": "Det här kräver ledarens länk. Med deltagarlänken kan man läsa, kommentera och rösta.",
        "en": "This needs the facilitator link. With the participant link one can read, write notes and vote.",
    },
    "room.note_empty": {
        "fi": "Kommentti on tyhjä. Kirjoita jotain ennen tallentamista.",
        "sv": "Kommentaren är tom. Skriv något innan du sparar.",
        "en": "The note is empty. Write something before saving.",
    },
    "room.note_too_long": {
        "fi": "Kommentti on liian pitkä: enintään 1 000 merkkiä. Lyhennä sitä tai jaa se kahdeksi kommentiksi.",
        "sv": "Kommentaren är för lång: högst 1 000 tecken. Korta den eller dela den i två kommentarer.",
        "en": "The note is too long: at most 1,000 characters. Shorten it or split it into two notes.",
    },
    "room.note_hetu": {
        "fi": "Kommentissa on henkilötunnus, joten sitä ei tallennettu. Työpajaan ei kirjoiteta mitään asiakkaista.",
        "sv": "Kommentaren innehåller en personbeteckning, så den sparades inte. I workshoppen skrivs ingenting om klienter.",
        "en": "The note contains a personal identity code, so it was not saved. Nothing about clients is written in a room.",
    },
    "room.author_too_long": {
        "fi": "Nimi saa olla enintään 60 merkkiä.",
        "sv": "Namnet får vara högst 60 tecken.",
        "en": "The name may be at most 60 characters.",
    },
    "room.bad_kind": {
        "fi": "Valitse kommentin laji.",
        "sv": "Välj typ av kommentar.",
        "en": "Choose the kind of note.",
    },
    "room.bad_step": {
        "fi": "Valitse polku ja askel.",
        "sv": "Välj stig och steg.",
        "en": "Choose a path and a step.",
    },
    "room.bad_browser": {
        "fi": "Ääntä ei voitu tallentaa. Lataa sivu uudelleen.",
        "sv": "Rösten kunde inte sparas. Ladda om sidan.",
        "en": "The vote could not be saved. Reload the page.",
    },
    "room.bad_source": {
        "fi": "Polkua ei voitu tallentaa.",
        "sv": "Stigen kunde inte sparas.",
        "en": "The path could not be saved.",
    },
    "room.path_too_large": {
        "fi": "Polkutiedosto on yli 1 MiB, joten sitä ei tallennettu.",
        "sv": "Stigfilen är över 1 MiB, så den sparades inte.",
        "en": "The path file is over 1 MiB, so it was not saved.",
    },
    "room.path_invalid": {
        "fi": "Polkutiedostossa on merkkejä, joita ei voi tallentaa.",
        "sv": "Stigfilen innehåller tecken som inte kan sparas.",
        "en": "The path file contains characters that cannot be saved.",
    },
    "room.title_empty": {
        "fi": "Anna työpajalle nimi.",
        "sv": "Ge workshoppen ett namn.",
        "en": "Give the room a title.",
    },
    "room.title_too_long": {
        "fi": "Työpajan nimi saa olla enintään 200 merkkiä.",
        "sv": "Workshoppens namn får vara högst 200 tecken.",
        "en": "The room's title may be at most 200 characters.",
    },
    "room.title_hetu": {
        "fi": "Nimessä on henkilötunnus, joten työpajaa ei luotu. Työpajaan ei kirjoiteta mitään asiakkaista.",
        "sv": "Namnet innehåller en personbeteckning, så workshoppen skapades inte. I workshoppen skrivs ingenting om klienter.",
        "en": "The title contains a personal identity code, so the room was not created. Nothing about clients is written in a room.",
    },
    "room.bad_day": {
        "fi": "Valitse päivä, joka on enintään vuoden päässä.",
        "sv": "Välj en dag högst ett år framåt.",
        "en": "Choose a day at most a year ahead.",
    },
    "room.refused": {
        "fi": "Tätä ei voitu tallentaa.",
        "sv": "Det här kunde inte sparas.",
        "en": "This could not be saved.",
    },
    # --- persona scenarios (polku/scenario.py, polku/persona.py) ------------------------------
    "scenario.err.fictional": {
        "fi": "Skenaarion pitää olla keksitty henkilö: kirjoita fictional: true. Todellisesta "
        "ihmisestä ei tehdä skenaariota.",
        "sv": "Ett scenario ska vara en påhittad person: skriv fictional: true. Ett scenario "
        "görs aldrig om en verklig människa.",
        "en": "A scenario must be a fictional person: write fictional: true. A scenario is "
        "never about a real person.",
    },
    "scenario.err.change_when": {
        "fi": "Muutokselle tarvitaan hetki: after_steps (kuljettujen askelten määrä) tai "
        "at_kind (vaiheen laji).",
        "sv": "En ändring behöver ett ögonblick: after_steps (antal gångna steg) eller "
        "at_kind (stegets typ).",
        "en": "A change needs a moment: after_steps (the number of steps walked) or at_kind "
        "(a step kind).",
    },
    "scenario.finding.unknown_field": {
        "fi": "Kenttä {field} ei kuulu skenaariomuotoon; sitä ei käytetä.",
        "sv": "Fältet {field} hör inte till scenarioformatet; det används inte.",
        "en": "The field {field} is not part of the scenario format; it is not used.",
    },
    "scenario.finding.unknown_field_like": {
        "fi": "Kenttä {field} ei kuulu skenaariomuotoon; tarkoititko {like}?",
        "sv": "Fältet {field} hör inte till scenarioformatet; menade du {like}?",
        "en": "The field {field} is not part of the scenario format; did you mean {like}?",
    },
    "scenario.finding.unknown_situation": {
        "fi": "Tilannetta {key} ei ole tilanteiden sanastossa; mikään siirtymä ei vastaa sitä.",
        "sv": "Situationen {key} finns inte i ordlistan; ingen övergång motsvarar den.",
        "en": "The situation {key} is not in the vocabulary; no transition matches it.",
    },
    "persona.header": {
        "fi": "{persona} polulla {path}",
        "sv": "{persona} på stigen {path}",
        "en": "{persona} on the path {path}",
    },
    "persona.start": {
        "fi": "Tilanne alussa: {situations}",
        "sv": "Situationen i början: {situations}",
        "en": "The situation at the start: {situations}",
    },
    "persona.step": {
        "fi": "{n}. {title} [{id}]",
        "sv": "{n}. {title} [{id}]",
        "en": "{n}. {title} [{id}]",
    },
    "persona.phase": {"fi": "vaihe: {phase}", "sv": "fas: {phase}", "en": "phase: {phase}"},
    "persona.added": {
        "fi": "tilanne muuttuu, nyt myös: {keys}",
        "sv": "situationen ändras, nu också: {keys}",
        "en": "the situation changes, now also: {keys}",
    },
    "persona.removed": {
        "fi": "ei enää: {keys}",
        "sv": "inte längre: {keys}",
        "en": "no longer: {keys}",
    },
    "persona.duration": {"fi": "kesto: {days}", "sv": "längd: {days}", "en": "duration: {days}"},
    "persona.days.range": {
        "fi": "{min}–{max} päivää",
        "sv": "{min}–{max} dagar",
        "en": "{min}–{max} days",
    },
    "persona.days.min": {
        "fi": "vähintään {min} päivää",
        "sv": "minst {min} dagar",
        "en": "at least {min} days",
    },
    "persona.days.upto": {
        "fi": "enintään {max} päivää",
        "sv": "högst {max} dagar",
        "en": "at most {max} days",
    },
    "persona.days.unknown": {"fi": "ei tiedossa", "sv": "okänd", "en": "unknown"},
    "persona.next": {
        "fi": "seuraavaksi: {to} ({handoff})",
        "sv": "sedan: {to} ({handoff})",
        "en": "next: {to} ({handoff})",
    },
    "persona.handoff.warm": {
        "fi": "saattaen vaihtaen",
        "sv": "ledsagat överlämnande",
        "en": "warm handoff",
    },
    "persona.handoff.cold": {"fi": "kylmä siirto", "sv": "kall överlämning", "en": "cold handoff"},
    "persona.handoff.unstated": {
        "fi": "siirron tapaa ei kerrota",
        "sv": "överlämningen anges inte",
        "en": "handoff not stated",
    },
    "persona.no_situations": {
        "fi": "polku ei kerro, kenen tilanteessa",
        "sv": "stigen säger inte i vilken situation",
        "en": "the path does not say in which situation",
    },
    "persona.end.exit": {
        "fi": "Polku päättyy tähän: {step}.",
        "sv": "Stigen slutar här: {step}.",
        "en": "The path ends here: {step}.",
    },
    "persona.end.open": {
        "fi": "Kulku pysähtyy kohtaan {step}: polku jättää auki, mikä näistä koskee tätä henkilöä.",
        "sv": "Vandringen stannar vid {step}: stigen lämnar öppet vilken av dessa som gäller "
        "den här personen.",
        "en": "The walk stops at {step}: the path leaves open which of these applies to this "
        "person.",
    },
    "persona.end.several": {
        "fi": "Kulku pysähtyy kohtaan {step}: useampi jatko sopii tälle henkilölle, eikä "
        "polku kerro, mikä niistä valitaan.",
        "sv": "Vandringen stannar vid {step}: flera fortsättningar passar den här personen, "
        "och stigen säger inte vilken som väljs.",
        "en": "The walk stops at {step}: several ways fit this person, and the path does not "
        "say which one is taken.",
    },
    "persona.end.loop": {
        "fi": "Kulku pysäytettiin: askeleeseen {step} palattiin yli {n} kertaa, eikä "
        "henkilön tilanne muuttunut kierroksella.",
        "sv": "Vandringen stoppades: steget {step} nåddes mer än {n} gånger utan att "
        "personens situation ändrades under varvet.",
        "en": "The walk was stopped: the step {step} was reached more than {n} times without "
        "the person's situation changing on the way round.",
    },
    "persona.summary": {
        "fi": {
            "one": "Yhteensä {n} vaihe, kesto {days} ({unstated} ilman kestoa); siirrot: {warm} "
            "saattaen, {cold} kylmää, {handoff_unstated} kertomatta.",
            "other": "Yhteensä {n} vaihetta, kesto {days} ({unstated} ilman kestoa); siirrot: "
            "{warm} saattaen, {cold} kylmää, {handoff_unstated} kertomatta.",
        },
        "sv": {
            "one": "Totalt {n} steg, längd {days} ({unstated} utan längd); överlämningar: "
            "{warm} ledsagade, {cold} kalla, {handoff_unstated} inte angivna.",
            "other": "Totalt {n} steg, längd {days} ({unstated} utan längd); överlämningar: "
            "{warm} ledsagade, {cold} kalla, {handoff_unstated} inte angivna.",
        },
        "en": {
            "one": "In all {n} step, duration {days} ({unstated} without a duration); "
            "handoffs: {warm} warm, {cold} cold, {handoff_unstated} not stated.",
            "other": "In all {n} steps, duration {days} ({unstated} without a duration); "
            "handoffs: {warm} warm, {cold} cold, {handoff_unstated} not stated.",
        },
    },
    "persona.pick": {
        "fi": "Esimerkkihenkilö",
        "sv": "Exempelperson",
        "en": "Example person",
    },
    "persona.none": {
        "fi": "Esimerkkihenkilöitä ei ole ladattu.",
        "sv": "Inga exempelpersoner har lästs in.",
        "en": "No example persons are loaded.",
    },
    "persona.gaps": {
        "fi": {
            "one": "{n} katvealue matkalla (ei vastuutoimijaa): {steps}",
            "other": "{n} katvealuetta matkalla (ei vastuutoimijaa): {steps}",
        },
        "sv": {
            "one": "{n} gråzon på vägen (ingen ansvarig): {steps}",
            "other": "{n} gråzoner på vägen (ingen ansvarig): {steps}",
        },
        "en": {
            "one": "{n} gap on the way (no one responsible): {steps}",
            "other": "{n} gaps on the way (no one responsible): {steps}",
        },
    },
    # --- compare: one example person across the chosen paths (components/compare_persona.py)
    "compare.tab_persona": {
        "fi": "Esimerkkihenkilö",
        "sv": "Exempelperson",
        "en": "Example person",
    },
    "pcompare.intro": {
        "fi": "Sama kuvitteellinen esimerkkihenkilö kulkee jokaisen valitun alueen polkua: "
        "mihin hän päätyy, kuinka monta askelta ja päivää matkaan kuluu, miten vastuu siirtyy, "
        "mihin katvealueisiin hän putoaa ja missä polku jättää kysymyksen auki.",
        "sv": "Samma fiktiva exempelperson går varje vald regions stig: vart hen kommer, hur "
        "många steg och dagar det tar, hur ansvaret lämnas över, vilka gråzoner hen hamnar i "
        "och var stigen lämnar frågan öppen.",
        "en": "The same fictional example person walks each chosen region's path: where they "
        "end up, how many steps and days it takes, how responsibility is handed on, which gaps "
        "they fall into and where the path leaves the question open.",
    },
    "pcompare.source": {
        "fi": "Kuvitteellinen henkilö; rakennettu julkisen lähteen pohjalta: {source}",
        "sv": "En fiktiv person, byggd på en offentlig källa: {source}",
        "en": "A fictional person, built on a public source: {source}",
    },
    "pcompare.unknown": {
        "fi": "Linkin esimerkkihenkilöä {value} ei löytynyt; valitse henkilö alta.",
        "sv": "Länkens exempelperson {value} hittades inte; välj en person nedan.",
        "en": "The link's example person {value} was not found; choose one below.",
    },
    "pcompare.col.path": {"fi": "Alue", "sv": "Region", "en": "Region"},
    "pcompare.col.way": {"fi": "Kuljettu reitti", "sv": "Vägen som gicks", "en": "Way taken"},
    "pcompare.col.steps": {"fi": "Askelia", "sv": "Steg", "en": "Steps"},
    "pcompare.col.days": {"fi": "Päiviä", "sv": "Dagar", "en": "Days"},
    "pcompare.col.warm": {
        "fi": "Saattaen vaihtaen",
        "sv": "Ledsagat överlämnande",
        "en": "Warm handoffs",
    },
    "pcompare.col.cold": {
        "fi": "Kylmät siirrot",
        "sv": "Kalla överlämningar",
        "en": "Cold handoffs",
    },
    "pcompare.col.handoff_unstated": {
        "fi": "Siirron tapa kertomatta",
        "sv": "Överlämning inte angiven",
        "en": "Handoffs not stated",
    },
    "pcompare.col.handoffs": {"fi": "Siirrot", "sv": "Överlämningar", "en": "Handoffs"},
    "pcompare.handoff.warm": {"fi": "saattaen vaihtaen", "sv": "ledsagade", "en": "warm"},
    "pcompare.handoff.cold": {"fi": "kylmiä", "sv": "kalla", "en": "cold"},
    "pcompare.handoff.unstated": {"fi": "kertomatta", "sv": "ej angivna", "en": "not stated"},
    "pcompare.col.gaps": {
        "fi": "Katvealueet matkalla",
        "sv": "Gråzoner på vägen",
        "en": "Gaps on the way",
    },
    "pcompare.col.open": {
        "fi": "Missä kysymys jää auki",
        "sv": "Var frågan lämnas öppen",
        "en": "Where the question is left open",
    },
    "pcompare.col.exit": {"fi": "Uloskäynti", "sv": "Utgång", "en": "Exit reached"},
    "pcompare.open.open": {
        "fi": "{step} – polku ei kerro, mikä jatko koskee tätä henkilöä:\n{ways}",
        "sv": "{step} – stigen säger inte vilken fortsättning som gäller personen:\n{ways}",
        "en": "{step} – the path does not say which way applies to this person:\n{ways}",
    },
    "pcompare.open.several": {
        "fi": "{step} – useampi jatko sopii:\n{ways}",
        "sv": "{step} – flera fortsättningar passar:\n{ways}",
        "en": "{step} – several ways fit:\n{ways}",
    },
    "pcompare.loop": {
        "fi": "ei uloskäyntiä: kierre askeleessa {step}",
        "sv": "ingen utgång: en slinga vid steget {step}",
        "en": "no exit: a loop at the step {step}",
    },
    "pcompare.end.exit": {"fi": "uloskäynti", "sv": "utgång", "en": "exit"},
    "pcompare.end.open": {"fi": "jää auki", "sv": "lämnas öppen", "en": "left open"},
    "pcompare.end.several": {
        "fi": "useampi jatko sopii",
        "sv": "flera passar",
        "en": "several ways fit",
    },
    "pcompare.end.loop": {"fi": "kierre", "sv": "slinga", "en": "loop"},
    "pcompare.chart_title": {
        "fi": "Kuljetut askeleet alueittain ja miten kulku päättyi",
        "sv": "Gångna steg per region och hur vandringen slutade",
        "en": "Steps walked per region and how the walk ended",
    },
    "pcompare.chart_steps": {
        "fi": "Kuljetut askeleet",
        "sv": "Gångna steg",
        "en": "Steps walked",
    },
    "pcompare.chart_alt_row": {
        "fi": {"one": "{name}: {n} askel, {end}", "other": "{name}: {n} askelta, {end}"},
        "sv": {"one": "{name}: {n} steg, {end}", "other": "{name}: {n} steg, {end}"},
        "en": {"one": "{name}: {n} step, {end}", "other": "{name}: {n} steps, {end}"},
    },
    "pcompare.words_title": {"fi": "Sanoin", "sv": "I ord", "en": "In words"},
    "pcompare.words.walk": {
        "fi": {
            "one": "{name}: {persona} kulkee {n} askeleen, kesto {days}.",
            "other": "{name}: {persona} kulkee {n} askelta, kesto {days}.",
        },
        "sv": {
            "one": "{name}: {persona} går {n} steg, längd {days}.",
            "other": "{name}: {persona} går {n} steg, längd {days}.",
        },
        "en": {
            "one": "{name}: {persona} walks {n} step, duration {days}.",
            "other": "{name}: {persona} walks {n} steps, duration {days}.",
        },
    },
    "pcompare.words.exit": {
        "fi": "Polku päättyy uloskäyntiin {step}.",
        "sv": "Stigen slutar vid utgången {step}.",
        "en": "The path ends at the exit {step}.",
    },
    "pcompare.words.open": {
        "fi": "Kohdassa {step} polku jättää auki, mikä jatko koskee häntä.",
        "sv": "Vid steget {step} lämnar stigen öppet vilken fortsättning som gäller hen.",
        "en": "At {step} the path leaves open which way applies to them.",
    },
    "pcompare.words.several": {
        "fi": "Kohdassa {step} useampi jatko sopii, eikä polku kerro, mikä valitaan.",
        "sv": "Vid steget {step} passar flera fortsättningar, och stigen säger inte vilken.",
        "en": "At {step} several ways fit, and the path does not say which one is taken.",
    },
    "pcompare.words.loop": {
        "fi": "Kulku kiertää askeleessa {step} eikä pääse uloskäyntiin.",
        "sv": "Vandringen går runt vid steget {step} och når ingen utgång.",
        "en": "The walk goes round at {step} and reaches no exit.",
    },
    "pcompare.words.same_length": {
        "fi": {
            "one": "Kulku on joka alueella yhtä pitkä: {n} askel.",
            "other": "Kulku on joka alueella yhtä pitkä: {n} askelta.",
        },
        "sv": {
            "one": "Vandringen är lika lång i varje region: {n} steg.",
            "other": "Vandringen är lika lång i varje region: {n} steg.",
        },
        "en": {
            "one": "The walk is as long in every region: {n} step.",
            "other": "The walk is as long in every region: {n} steps.",
        },
    },
    "pcompare.words.lengths": {
        "fi": "Pisin kulku: {longest} ({n} askelta); lyhin: {shortest} ({least}).",
        "sv": "Längsta vandringen: {longest} ({n} steg); kortaste: {shortest} ({least}).",
        "en": "Longest walk: {longest} ({n} steps); shortest: {shortest} ({least}).",
    },
    "pcompare.words.gaps": {
        "fi": "Hän putoaa katvealueeseen (askel ilman vastuutoimijaa) alueilla: {names}.",
        "sv": "Hen hamnar i en gråzon (ett steg utan ansvarig) i: {names}.",
        "en": "They fall into a gap (a step no one is responsible for) in: {names}.",
    },
    "pcompare.words.no_gaps": {
        "fi": "Hän ei putoa yhteenkään katvealueeseen millään alueella.",
        "sv": "Hen hamnar inte i någon gråzon i någon region.",
        "en": "They fall into no gap in any region.",
    },
    "pcompare.words.handoffs": {
        "fi": "Siirrot yhteensä: {warm} saattaen vaihtaen, {cold} kylmää siirtoa, "
        "{unstated} kertomatta.",
        "sv": "Överlämningar sammanlagt: {warm} ledsagade, {cold} kalla, {unstated} inte angivna.",
        "en": "Handoffs in all: {warm} warm, {cold} cold, {unstated} not stated.",
    },
    "pcompare.words.no_handoffs": {
        "fi": {
            "one": "Yhdenkään siirron tapaa ei kerrota: {n} siirto, ei saattaen vaihtaen eikä "
            "kylmänä siirtona.",
            "other": "Yhdenkään siirron tapaa ei kerrota: {n} siirtoa, ei saattaen vaihtaen "
            "eikä kylmänä siirtona.",
        },
        "sv": {
            "one": "Ingen överlämning anges som ledsagad eller kall: {n} överlämning.",
            "other": "Ingen överlämning anges som ledsagad eller kall: {n} överlämningar.",
        },
        "en": {
            "one": "Not one handoff is stated as warm or cold: {n} handoff.",
            "other": "Not one handoff is stated as warm or cold: {n} handoffs.",
        },
    },
    "pcompare.words.all_exit": {
        "fi": "Uloskäyntiin asti: {names}.",
        "sv": "Ända till en utgång: {names}.",
        "en": "Reaches an exit: {names}.",
    },
    "pcompare.words.all_open": {
        "fi": "Polku jättää kysymyksen auki: {names}.",
        "sv": "Stigen lämnar frågan öppen: {names}.",
        "en": "The path leaves the question open: {names}.",
    },
    "pcompare.words.all_several": {
        "fi": "Useampi jatko sopii: {names}.",
        "sv": "Flera fortsättningar passar: {names}.",
        "en": "Several ways fit: {names}.",
    },
    "pcompare.words.all_loop": {
        "fi": "Kulku kiertää: {names}.",
        "sv": "Vandringen går runt: {names}.",
        "en": "The walk goes round: {names}.",
    },
    # --- onboarding: follow an example person (components/onboarding_persona.py) ------------
    "onbp.intro": {
        "fi": "Kulje polku esimerkkihenkilön mukana: kuka hänet kohtaa kussakin askeleessa, mitä "
        "tapahtuu ja miksi polku vie juuri tätä tietä.",
        "sv": "Gå stigen tillsammans med en exempelperson: vem som möter hen i varje steg, vad "
        "som händer och varför stigen går just den här vägen.",
        "en": "Walk the path with an example person: who meets them at each step, what happens "
        "and why the path goes this way.",
    },
    "onbp.unknown": {
        "fi": "Linkin esimerkkihenkilöä {value} ei löytynyt; näytetään ensimmäinen.",
        "sv": "Exempelpersonen {value} i länken hittades inte; den första visas.",
        "en": "The example person {value} in the link was not found; showing the first one.",
    },
    "onbp.source": {"fi": "Lähde", "sv": "Källa", "en": "Source"},
    "onbp.accessed": {"fi": "luettu {date}", "sv": "läst {date}", "en": "accessed {date}"},
    "onbp.fictional": {
        "fi": "Henkilö on keksitty, ei todellinen ihminen.",
        "sv": "Personen är påhittad, inte en verklig människa.",
        "en": "The person is fictional, not a real human being.",
    },
    "onbp.stops": {
        "fi": {"one": "Hänen tiensä: {n} askel", "other": "Hänen tiensä: {n} askelta"},
        "sv": {"one": "Hens väg: {n} steg", "other": "Hens väg: {n} steg"},
        "en": {"one": "Their way: {n} step", "other": "Their way: {n} steps"},
    },
    "onbp.phase": {"fi": "Vaihe: {phase}", "sv": "Fas: {phase}", "en": "Phase: {phase}"},
    "onbp.who": {
        "fi": "Kuka hänet kohtaa (vastuutoimija ensin)",
        "sv": "Vem som möter hen (ansvarig aktör först)",
        "en": "Who meets them (responsible actor first)",
    },
    "onbp.nobody": {
        "fi": "Kukaan ei ole vastuussa tästä askeleesta: katvealue.",
        "sv": "Ingen är ansvarig för det här steget: en gråzon.",
        "en": "No one is responsible for this step: a gap.",
    },
    "onbp.what": {"fi": "Mitä tapahtuu", "sv": "Vad som händer", "en": "What happens"},
    "onbp.no_text": {
        "fi": "Polku ei kerro tätä asiakkaan sanoin.",
        "sv": "Stigen beskriver inte detta med klientens ord.",
        "en": "The path does not say this in the client's words.",
    },
    "onbp.handoff": {
        "fi": "Siirto seuraavalle toimijalle",
        "sv": "Överlämning till nästa aktör",
        "en": "Handoff to the next actor",
    },
    "onbp.warm": {
        "fi": "saattaen vaihtaen",
        "sv": "ledsagat överlämnande",
        "en": "warm handoff",
    },
    "onbp.cold": {"fi": "kylmä siirto", "sv": "kall överlämning", "en": "cold handoff"},
    "onbp.why": {"fi": "Miksi tätä tietä", "sv": "Varför den här vägen", "en": "Why this way"},
    "onbp.only_way": {
        "fi": "Tästä askeleesta on vain yksi tie eteenpäin.",
        "sv": "Från det här steget finns bara en väg vidare.",
        "en": "There is only one way on from this step.",
    },
    "onbp.because": {
        "fi": "Polku vie tätä tietä, kun tilanne on: {situations}.",
        "sv": "Stigen går den här vägen när situationen är: {situations}.",
        "en": "The path goes this way when the situation is: {situations}.",
    },
    "onbp.when": {
        "fi": "Polun ehto: {when}",
        "sv": "Stigens villkor: {when}",
        "en": "The path's condition: {when}",
    },
    "onbp.end": {
        "fi": "Miten kulku päättyi",
        "sv": "Hur vandringen slutade",
        "en": "How the walk ended",
    },
    "onbp.summary": {
        "fi": {
            "one": "{n} askel; siirrot: {warm} saattaen vaihtaen, {cold} kylmää, "
            "{handoff_unstated} kertomatta.",
            "other": "{n} askelta; siirrot: {warm} saattaen vaihtaen, {cold} kylmää, "
            "{handoff_unstated} kertomatta.",
        },
        "sv": {
            "one": "{n} steg; överlämningar: {warm} ledsagade, {cold} kalla, "
            "{handoff_unstated} inte angivna.",
            "other": "{n} steg; överlämningar: {warm} ledsagade, {cold} kalla, "
            "{handoff_unstated} inte angivna.",
        },
        "en": {
            "one": "{n} step; handoffs: {warm} warm, {cold} cold, {handoff_unstated} not stated.",
            "other": "{n} steps; handoffs: {warm} warm, {cold} cold, "
            "{handoff_unstated} not stated.",
        },
    },
    "onbp.map": {
        "fi": "Polun kartta: kuljettu tie korostettuna",
        "sv": "Stigens karta: den gångna vägen framhävd",
        "en": "Map of the path: the way walked highlighted",
    },
    "onbp.map_hint": {
        "fi": "Korostetut askeleet ovat hänen tiensä tähän kohteeseen asti. Valitse kartalta "
        "kuljettu askel, niin kierros siirtyy siihen.",
        "sv": "De framhävda stegen är hens väg fram till det här stoppet. Välj ett gånget steg "
        "på kartan, så går rundturen dit.",
        "en": "The highlighted steps are their way up to this stop. Choose a step walked on the "
        "map to go to that stop.",
    },
    "cli.play.invalid": {
        "fi": "{file}: virheellinen",
        "sv": "{file}: ogiltig",
        "en": "{file}: invalid",
    },
    "cli.play.unknown": {
        "fi": "{what}: tiedostoa tai tunnusta ei löytynyt. Tunnetut: {known}",
        "sv": "{what}: ingen fil eller id hittades. Kända: {known}",
        "en": "{what}: no such file or id. Known: {known}",
    },
    "cli.play.finding": {"fi": "huomio: {text}", "sv": "obs: {text}", "en": "note: {text}"},
}
