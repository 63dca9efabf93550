"""Invented words, names and sentences per language, for the generators.

Every person and organisation here is invented; places are real cities. Sentences are
written to be plainly in their language (full of its function words), so the parser's
language detection has an honest signal, and each names no real event.
"""

from __future__ import annotations

from dataclasses import dataclass

LANGUAGES: tuple[str, ...] = ("ro", "en", "fr", "de", "es", "it")


@dataclass(frozen=True)
class Vocabulary:
    """What one language's generated articles are made of."""

    code: str
    given_names: tuple[str, ...]
    surnames: tuple[str, ...]
    places: tuple[str, ...]
    organisations: tuple[str, ...]
    headlines: tuple[str, ...]
    sentences: tuple[str, ...]  # each >= 14 words, no quotation marks, ends with a period
    captions: tuple[str, ...]  # 3..15 words, no quotation marks, no date, no photo marker word
    agencies: tuple[str, ...]
    quotes: tuple[str, ...]
    cue: str  # an attribution verb, after the quotation
    outer_quotes: tuple[str, str]
    inner_quotes: tuple[str, str]
    kickers: tuple[str, ...]


VOCABULARIES: dict[str, Vocabulary] = {
    "ro": Vocabulary(
        code="ro",
        given_names=("Ioana", "Mihăiță", "Ștefania", "Răzvan", "Tudorița", "Cătălin", "Anișoara", "Viorel"),
        surnames=("Mărgineanu", "Țurcanu", "Pătrășcanu", "Bârzoi", "Știrbulescu", "Căpățână", "Oprișoiu", "Lăzărescu"),
        places=("Cluj-Napoca", "Brașov", "Timișoara", "Iași", "Constanța", "Pitești", "Bistrița", "Târgu Mureș"),
        organisations=(
            "Asociația Pietonilor Ardeleni",
            "Compania Regională de Apă Someș-Tisa",
            "Sindicatul Feroviarilor din Banat",
            "Fundația Carpați Verzi",
        ),
        headlines=(
            "Primăria a aprobat noul plan de mobilitate pentru centrul orașului",
            "Lucrările la podul de peste râu vor fi gata abia în toamnă",
            "Consilierii locali au respins proiectul parcării subterane",
            "Școlile din județ primesc fonduri pentru reabilitarea sălilor de sport",
            "Șoferii de autobuz anunță o grevă de avertisment de două ore",
        ),
        sentences=(
            "Consiliul local a aprobat marți noul buget după o dezbatere lungă care a durat până noaptea târziu.",
            "Reprezentanții primăriei au spus că lucrările vor începe în luna mai și că vor dura cel puțin un an.",
            "Opoziția a criticat planul și a susținut că nu sunt destui bani pentru școli și pentru transport.",
            "Locuitorii din cartier s-au plâns de zgomot, iar autoritățile au promis că vor verifica situația din nou.",
            "Potrivit datelor oficiale, în ultimii cinci ani au fost investiți peste zece milioane de lei în această zonă.",
        ),
        captions=(
            "Piața centrală într-o seară de vineri",
            "Muncitorii lucrează la noua stație de autobuz",
            "Consilierii locali în timpul ședinței de marți",
        ),
        agencies=("Inquam Photos", "Agerpres", "Mediafax"),
        quotes=(
            "Vrem ca centrul să fie al oamenilor, nu al mașinilor",
            "Nu vom accepta o amânare a lucrărilor",
            "Am cerut de mai multe ori {inner}soluții clare{close}, dar nu am primit niciun răspuns",
        ),
        cue="a declarat",
        outer_quotes=("„", "”"),
        inner_quotes=("«", "»"),
        kickers=("ACTUALITATE", "EXCLUSIV", "Știri locale"),
    ),
    "en": Vocabulary(
        code="en",
        given_names=("Dana", "Owen", "Priya", "Colm", "Maeve", "Tobias", "Renée", "Zoë"),
        surnames=("Whitcombe", "O'Farrell", "Fairbanks", "Okonkwo", "Delacroix-Hale", "Brennan", "Lindqvist", "Marsh"),
        places=("Pittsburgh", "Cardiff", "Leeds", "Duluth", "Hobart", "Providence", "Phoenix", "Santa Rosa"),
        organisations=(
            "Allegheny Riverside Transit",
            "the Northern Harbour Trust",
            "Lakeshore Freight Workers Union",
            "Maple Valley Growers Cooperative",
        ),
        headlines=(
            "City council approves budget after marathon overnight session",
            "Transit workers vote to authorize strike as contract talks stall",
            "State audit finds the cooperative mislabeled thousands of gallons of syrup",
            "Storm leaves thousands without power as crews work through the weekend",
            "Hospital trust pauses plans to close heart unit after public outcry",
        ),
        sentences=(
            "The council voted on Tuesday to approve the new budget after a debate that lasted well into the night.",
            "Officials said the work would begin in May and that it was expected to take at least a year to finish.",
            "Opposition members criticised the plan, arguing that it did not include enough money for schools.",
            "Residents of the neighbourhood have complained about the noise, and the city has promised to look into it.",
            "According to official figures, more than ten million dollars have been spent in the area over five years.",
        ),
        captions=(
            "Buses parked at the depot on Wednesday evening",
            "Crews clear fallen trees from the main road",
            "Council members during the vote on Tuesday",
        ),
        agencies=("Reuters", "AP", "PA"),
        quotes=(
            "We will not accept another delay to the works",
            "Nobody told us what was going on until it was too late",
            "They keep calling it {inner}a temporary measure{close}, but it has lasted three years",
        ),
        cue="said",
        outer_quotes=("“", "”"),
        inner_quotes=("‘", "’"),
        kickers=("LOCAL NEWS", "WORLD", "News | Politics"),  # no place: a kicker's place would set the clock
    ),
    "fr": Vocabulary(
        code="fr",
        given_names=("Léonie", "Gaëtan", "Maëlys", "Jérôme", "Clémence", "Hervé", "Noémie", "François"),
        surnames=("Lévêque", "Dubœuf", "Châtelain", "Mérignac", "Fournier", "Le Goff", "Bérard", "Guérin"),
        places=("Bordeaux", "Strasbourg", "Saint-Nazaire", "Clermont-Ferrand", "Brest", "Rennes", "Ajaccio", "Lille"),
        organisations=(
            "l'Association des usagers du tramway",
            "la Compagnie des marins d'Iroise",
            "le Syndicat des ligneurs bretons",
            "la Fédération des cyclistes urbains",
        ),
        headlines=(
            "Le conseil municipal adopte le budget après une longue séance",
            "Les salariés de l'usine votent la grève pour la deuxième fois en un mois",
            "La passerelle sur le Rhin restera fermée jusqu'à la fin de l'été",
            "Les ligneurs demandent une aide de l'État après une saison difficile",
            "La ville prolonge l'expérience des vélos gratuits pour les étudiants",
        ),
        sentences=(
            "Le conseil municipal a approuvé mardi le nouveau budget après un long débat qui a duré jusque tard dans la nuit.",
            "Selon les services de la ville, les travaux doivent commencer en mai et durer au moins une année entière.",
            "L'opposition a critiqué le projet, estimant qu'il ne prévoyait pas assez d'argent pour les écoles.",
            "Les habitants du quartier se plaignent du bruit depuis des mois et la mairie a promis de vérifier la situation.",
            "D'après les chiffres officiels, plus de dix millions d'euros ont été investis dans ce secteur en cinq ans.",
        ),
        captions=(
            "La salle du conseil municipal mardi soir",
            "Des ouvriers sur le chantier de la passerelle",
            "Le port de pêche au petit matin",
        ),
        agencies=("AFP", "Ouest-Images", "MaxPPP"),
        quotes=(
            "Nous n'accepterons pas un nouveau report des travaux",
            "Personne ne nous a prévenus avant qu'il soit trop tard",
            "On nous parle de {inner}mesure provisoire{close} depuis trois ans",
        ),
        cue="a déclaré",
        outer_quotes=("« ", " »"),
        inner_quotes=("“", "”"),
        kickers=("FAITS DIVERS", "SOCIÉTÉ", "Économie"),
    ),
    "de": Vocabulary(
        code="de",
        given_names=("Henrike", "Jürgen", "Zoë", "Björn", "Käthe", "Malte", "Sönke", "Anneliese"),
        surnames=("Vollmer", "Staudinger", "Weißgerber", "Müller-Lüdenscheidt", "Tönjes", "Großkreutz", "Ölschläger", "Brandt"),
        places=("Leipzig", "Rostock", "Erfurt", "Freiburg", "Magdeburg", "Nürnberg", "Potsdam", "Konstanz"),
        organisations=(
            "die Seilbahn Auwald Nord GmbH",
            "der Verein Radverkehr Mitteldeutschland",
            "die Gewerkschaft Nahverkehr Elbe",
            "die Stiftung Fährhafen Ostsee",
        ),
        headlines=(
            "Stadtrat beschließt Haushalt nach langer Sitzung",
            "Warnstreik legt Busse und Bahnen in der ganzen Region lahm",
            "Die neue Brücke über den Fluss wird erst im Herbst fertig",
            "Gewerkschaft fordert mehr Geld für die Beschäftigten der Verkehrsbetriebe",
            "Klinikverbund prüft nach dem Hackerangriff alle Systeme",
        ),
        sentences=(
            "Der Stadtrat hat am Dienstag nach einer langen Debatte den neuen Haushalt für das kommende Jahr beschlossen.",
            "Die Arbeiten sollen nach Angaben der Verwaltung im Mai beginnen und mindestens ein Jahr lang dauern.",
            "Die Opposition kritisierte den Plan, weil er nicht genug Geld für Schulen und den Nahverkehr vorsehe.",
            "Die Anwohner beschweren sich seit Monaten über den Lärm, und die Stadt will die Lage nun noch einmal prüfen.",
            "Nach offiziellen Zahlen wurden in den vergangenen fünf Jahren mehr als zehn Millionen Euro in das Viertel investiert.",
        ),
        captions=(
            "Der Sitzungssaal am späten Abend",
            "Arbeiter auf der Baustelle der neuen Brücke",
            "Die Fähre am Anleger kurz nach dem Unfall",
        ),
        agencies=("dpa", "IMAGO", "picture alliance/dpa"),
        quotes=(
            "Wir werden keine weitere Verzögerung hinnehmen",
            "Niemand hat uns gesagt, was los ist, bis es zu spät war",
            "Man spricht seit drei Jahren von einer {inner}Übergangslösung{close}",
        ),
        cue="sagte er",
        outer_quotes=("„", "“"),
        inner_quotes=("‚", "‘"),
        kickers=("THÜRINGEN", "EXKLUSIV", "Politik"),
    ),
    "es": Vocabulary(
        code="es",
        given_names=("Begoña", "Íñigo", "Nuria", "Martín", "Ainhoa", "Ramón", "Lucía", "Joaquín"),
        surnames=("Ibáñez", "Gorostiaga", "Muñoz", "Peñalver", "Echeverría", "Núñez", "Saldaña", "Arrúe"),
        places=("Zaragoza", "Almería", "Bilbao", "Lugo", "Salamanca", "Cádiz", "Pamplona", "Córdoba"),
        organisations=(
            "la Asociación de Vecinos del Casco Viejo",
            "la Cooperativa de Estibadores del Nervión",
            "el Sindicato de Inquilinos de Castilla",
            "la Fundación Ribera del Ebro",
        ),
        headlines=(
            "El ayuntamiento aprueba los presupuestos tras una larga sesión",
            "Los estibadores firman un acuerdo para poner fin a la huelga",
            "La muralla permanecerá cerrada a los visitantes hasta el otoño",
            "Los vecinos protestan por la subida del alquiler en el centro",
            "La sequía obliga a restringir el riego en toda la cuenca",
        ),
        sentences=(
            "El pleno del ayuntamiento aprobó el martes el nuevo presupuesto tras un largo debate que se prolongó hasta la noche.",
            "Según fuentes municipales, las obras comenzarán en mayo y durarán al menos un año entero, como estaba previsto.",
            "La oposición criticó el plan porque, a su juicio, no incluye suficiente dinero para los colegios y el transporte.",
            "Los vecinos del barrio se quejan del ruido desde hace meses y el ayuntamiento ha prometido revisar la situación.",
            "De acuerdo con los datos oficiales, en los últimos cinco años se han invertido más de diez millones de euros en la zona.",
        ),
        captions=(
            "El salón de plenos durante la votación",
            "Varios operarios trabajan en la muralla",
            "El puerto al amanecer del martes",
        ),
        agencies=("Europa Press", "EFE", "Agencia Norte"),
        quotes=(
            "No vamos a aceptar otro retraso de las obras",
            "Nadie nos avisó de lo que pasaba hasta que fue tarde",
            "Llevan tres años hablando de una {inner}medida provisional{close}",
        ),
        cue="afirmó",
        outer_quotes=("«", "»"),
        inner_quotes=("“", "”"),
        kickers=("ARAGÓN", "SOCIEDAD", "Economía"),
    ),
    "it": Vocabulary(
        code="it",
        given_names=("Niccolò", "Rosalìa", "Tommaso", "Gaia", "Ludovica", "Nicolò", "Annalisa", "Fabrizio"),
        surnames=("Baldacci", "Cangemi", "D'Alessandro", "Pirastu", "Lo Verde", "Sbisà", "Cuccurullo", "Forlì"),
        places=("Torino", "Bari", "Firenze", "Palermo", "Bologna", "Trieste", "Pozzuoli", "Genova"),
        organisations=(
            "l'Associazione Inquilini Toscani",
            "la Cooperativa Portuale Adriatica",
            "il Comitato Acqua Bene Comune",
            "la Fondazione Colline Sarde",
        ),
        headlines=(
            "Il Comune approva il bilancio dopo una lunga seduta notturna",
            "Gli studenti occupano il rettorato per protesta contro il caro affitti",
            "Il nuovo terminal del porto sarà pronto soltanto nel 2028",
            "La Regione stanzia fondi per la messa in sicurezza delle scuole",
            "Acqua razionata in dodici quartieri per la siccità",
        ),
        sentences=(
            "Il consiglio comunale ha approvato martedì il nuovo bilancio dopo un lungo dibattito che è durato fino a tarda notte.",
            "Secondo quanto riferito dal Comune, i lavori dovrebbero iniziare a maggio e durare almeno un anno intero.",
            "L'opposizione ha criticato il piano, sostenendo che non prevede abbastanza fondi per le scuole e per i trasporti.",
            "Gli abitanti del quartiere si lamentano del rumore da mesi e l'amministrazione ha promesso di verificare la situazione.",
            "Secondo i dati ufficiali, negli ultimi cinque anni sono stati investiti più di dieci milioni di euro nella zona.",
        ),
        captions=(
            "La sala del consiglio comunale durante il voto",
            "Gli operai al lavoro sul molo del porto",
            "Gli striscioni appesi alle finestre del rettorato",
        ),
        agencies=("Ansa", "LaPresse", "Agenzia Sud"),
        quotes=(
            "Non accetteremo un altro rinvio dei lavori",
            "Nessuno ci ha avvisati finché non è stato troppo tardi",
            "Da tre anni ci parlano di una {inner}misura provvisoria{close}",
        ),
        cue="ha dichiarato",
        outer_quotes=("«", "»"),
        inner_quotes=("“", "”"),
        kickers=("CRONACA", "ESCLUSIVA", "Economia"),
    ),
}

# Zones the parser's outlets print times in by default, per language (its default territory).
DEFAULT_ZONES: dict[str, str] = {
    "ro": "Europe/Bucharest",
    "en": "America/New_York",
    "fr": "Europe/Paris",
    "de": "Europe/Berlin",
    "es": "Europe/Madrid",
    "it": "Europe/Rome",
}

# Zones with daylight-saving changes or odd offsets, for timestamps around transitions.
INTERESTING_ZONES: tuple[str, ...] = (
    "Europe/Bucharest",
    "Europe/London",
    "Europe/Berlin",
    "America/New_York",
    "America/St_Johns",  # -03:30 / -02:30
    "Asia/Kathmandu",  # +05:45
    "Asia/Kolkata",  # +05:30
    "Australia/Lord_Howe",  # a 30-minute DST shift
    "Australia/Adelaide",  # +09:30 / +10:30
    "Pacific/Chatham",  # +12:45 / +13:45
    "Pacific/Kiritimati",  # +14:00
    "Pacific/Pago_Pago",  # -11:00
    "America/Santiago",  # southern-hemisphere DST
)

# Fixed offsets in minutes that real outlets print.
ODD_OFFSETS_MINUTES: tuple[int, ...] = (0, 345, -210, 840, -720, 330, 525, 765, -150, 60, 120, 180, -300, -240)
