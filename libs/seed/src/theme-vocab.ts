import type { Theme } from '@app/core';

/** A noun with its plural, so that titles use both forms (zonneboot / zonneboten) and search must stem. */
export interface Noun {
  sg: string;
  pl: string;
}

/** Words and sentences of one theme; the templates in activity-text.ts fill their slots with these. */
export interface ThemeVocab {
  /** Bare noun phrases, usable after "Gastles" and "over": "waterstof", "slimme stroomnetten". */
  topics: string[];
  /** Things pupils see, build or test. */
  objects: Noun[];
  /** Definite places at a company: "de windmolenfabriek". */
  places: string[];
  /** Jobs, singular and plural: "energie-ingenieur" / "energie-ingenieurs". */
  professions: Noun[];
  /** What pupils do with an object, as an infinitive: "bouwen", "testen". */
  verbs: string[];
  /**
   * Sentences for descriptions; may use {object}, {objects}, {topic}. Those that mention pupils (leerlingen)
   * or start with "We" describe hands-on work; the others are about the field.
   */
  facts: string[];
}

const n = (sg: string, pl: string): Noun => ({ sg, pl });

export const THEME_VOCAB: Record<Theme, ThemeVocab> = {
  energie: {
    topics: [
      'waterstof',
      'zonne-energie',
      'windenergie',
      'energieopslag',
      'slimme stroomnetten',
      'de energietransitie',
      'warmtepompen',
      'kernfusie',
      'getijdenenergie',
      'elektriciteit',
    ],
    objects: [
      n('zonnepaneel', 'zonnepanelen'),
      n('windmolen', 'windmolens'),
      n('zonneboot', 'zonneboten'),
      n('batterij', 'batterijen'),
      n('stopcontact', 'stopcontacten'),
      n('transformator', 'transformatoren'),
      n('warmtepomp', 'warmtepompen'),
      n('brandstofcel', 'brandstofcellen'),
    ],
    places: [
      'de windmolenfabriek',
      'het zonnepark',
      'de energiecentrale',
      'het waterstoflab',
      'het schakelstation',
    ],
    professions: [
      n('energie-ingenieur', 'energie-ingenieurs'),
      n('elektrotechnicus', 'elektrotechnici'),
      n('monteur', 'monteurs'),
      n('netbeheerder', 'netbeheerders'),
    ],
    verbs: ['bouwen', 'testen', 'doormeten', 'ontwerpen'],
    facts: [
      'Waar komt de stroom uit het stopcontact eigenlijk vandaan, en hoe blijft het net in balans als de zon niet schijnt?',
      'Leerlingen ontdekken hoe een {object} werkt en waarom {topic} zo belangrijk is voor de energietransitie.',
      'We meten samen hoeveel energie een zonnepaneel levert en rekenen uit wat dat betekent voor een heel huis.',
      'Waterstof, zonnepanelen en windmolens: welke energiebron past bij welke toepassing?',
    ],
  },
  water: {
    topics: [
      'waterbeheer',
      'drinkwater',
      'dijkbewaking',
      'zeespiegelstijging',
      'afvalwater',
      'zoet en zout water',
    ],
    objects: [
      n('dijk', 'dijken'),
      n('gemaal', 'gemalen'),
      n('waterfilter', 'waterfilters'),
      n('sluis', 'sluizen'),
      n('stormvloedkering', 'stormvloedkeringen'),
      n('pomp', 'pompen'),
    ],
    places: ['het gemaal', 'de waterzuivering', 'het drinkwaterbedrijf', 'de sluis', 'het waterlab'],
    professions: [
      n('waterbouwkundige', 'waterbouwkundigen'),
      n('hydroloog', 'hydrologen'),
      n('dijkwerker', 'dijkwerkers'),
      n('laborant', 'laboranten'),
    ],
    verbs: ['bouwen', 'testen', 'ontwerpen', 'verbeteren'],
    facts: [
      'Een derde van Nederland ligt onder zeeniveau: hoe houden we droge voeten als de zeespiegel stijgt?',
      'Leerlingen bouwen een {object} van eenvoudige materialen en testen hoe goed hun ontwerp werkt.',
      'Van regendruppel tot kraanwater: we volgen het water door de zuivering en meten hoe schoon het is.',
      'Zoet, zout of vervuild? Met een zelfgebouwd waterfilter onderzoeken de leerlingen watermonsters uit de buurt.',
    ],
  },
  'klimaat en duurzaamheid': {
    topics: [
      'duurzaamheid',
      'circulaire economie',
      'klimaatverandering',
      'CO2-opslag',
      'hergebruik van grondstoffen',
      'biodiversiteit',
    ],
    objects: [
      n('zonneboiler', 'zonneboilers'),
      n('groen dak', 'groene daken'),
      n('composthoop', 'composthopen'),
      n('meetstation', 'meetstations'),
      n('fietsframe van bamboe', 'fietsframes van bamboe'),
    ],
    places: ['de recyclingfabriek', 'het klimaatlab', 'de circulaire werkplaats', 'het afvalsorteercentrum'],
    professions: [
      n('duurzaamheidsadviseur', 'duurzaamheidsadviseurs'),
      n('klimaatonderzoeker', 'klimaatonderzoekers'),
      n('milieukundige', 'milieukundigen'),
    ],
    verbs: ['ontwerpen', 'hergebruiken', 'meten', 'verbeteren'],
    facts: [
      'Wat gebeurt er met een kapotte telefoon? Leerlingen ontdekken welke grondstoffen erin zitten en hoe die terugkomen.',
      'We zoeken samen naar manieren om CO2-uitstoot te verminderen op school en thuis.',
      'Klimaatverandering is geen ver-van-je-bedshow: met een eigen meetstation meten leerlingen het verschil zelf.',
      'Circulair ontwerpen betekent dat een product na gebruik weer grondstof wordt voor iets nieuws.',
    ],
  },
  mobiliteit: {
    topics: [
      'elektrisch rijden',
      "zelfrijdende auto's",
      'het spoor',
      'slimme verkeerslichten',
      'fietsveiligheid',
      'vervoer van de toekomst',
    ],
    objects: [
      n('elektrische auto', "elektrische auto's"),
      n('e-bike', 'e-bikes'),
      n('trein', 'treinen'),
      n('laadpaal', 'laadpalen'),
      n('verkeerslicht', 'verkeerslichten'),
      n('zeppelin', 'zeppelins'),
    ],
    places: [
      'de werkplaats voor elektrische bussen',
      'het verkeerscentrum',
      'de treinwerkplaats',
      'de testbaan',
    ],
    professions: [
      n('verkeerskundige', 'verkeerskundigen'),
      n('automonteur', 'automonteurs'),
      n('spoortechnicus', 'spoortechnici'),
      n('voertuigontwerper', 'voertuigontwerpers'),
    ],
    verbs: ['ombouwen', 'testen', 'programmeren', 'ontwerpen'],
    facts: [
      'Hoe ver komt een elektrische auto op één keer laden, en wat bepaalt dat eigenlijk?',
      "Leerlingen ontwerpen een kruispunt waar fietsers, bussen en zelfrijdende auto's veilig langs elkaar kunnen.",
      'Achter elke treinrit zit techniek: van wissels en seinen tot de planning van duizenden ritten per dag.',
      'We kijken onder de motorkap van een elektrische bus en vergelijken die met een bus op diesel.',
    ],
  },
  'ICT en programmeren': {
    topics: [
      'programmeren',
      'kunstmatige intelligentie',
      'cybersecurity',
      'apps bouwen',
      'privacy online',
      'datawetenschap',
      'game design',
    ],
    objects: [
      n('app', 'apps'),
      n('website', 'websites'),
      n('game', 'games'),
      n('chatbot', 'chatbots'),
      n('microcontroller', 'microcontrollers'),
      n('algoritme', 'algoritmes'),
    ],
    places: ['het datacenter', 'de softwarestudio', 'het securitylab', 'de programmeerafdeling'],
    professions: [
      n('programmeur', 'programmeurs'),
      n('softwareontwikkelaar', 'softwareontwikkelaars'),
      n('data-analist', 'data-analisten'),
      n('ethisch hacker', 'ethisch hackers'),
    ],
    verbs: ['programmeren', 'bouwen', 'hacken', 'testen'],
    facts: [
      'Leerlingen leren programmeren door zelf {objects} te maken die echt iets doen.',
      "Hoe blijven je privé-foto's privé? We laten zien hoe hackers werken en hoe je je daartegen beschermt.",
      'Wat is kunstmatige intelligentie nu echt, en hoe leert een computer van voorbeelden?',
      'Een programmeur denkt in stappen: samen schrijven we een algoritme en testen of het klopt.',
    ],
  },
  robotica: {
    topics: ['robotica', 'robots in de zorg', 'automatisering', 'sensoren', 'drones'],
    objects: [
      n('robot', 'robots'),
      n('robotarm', 'robotarmen'),
      n('drone', 'drones'),
      n('sensor', 'sensoren'),
      n('grijper', 'grijpers'),
      n('robotstofzuiger', 'robotstofzuigers'),
    ],
    places: ['de robotfabriek', 'het robotlab', 'de geautomatiseerde productielijn', 'het droneveld'],
    professions: [
      n('robotbouwer', 'robotbouwers'),
      n('mechatronicus', 'mechatronici'),
      n('robotprogrammeur', 'robotprogrammeurs'),
      n('automatiseerder', 'automatiseerders'),
    ],
    verbs: ['programmeren', 'bouwen', 'besturen', 'testen'],
    facts: [
      'Een robot ziet de wereld via sensoren: leerlingen ontdekken hoe hij afstand, licht en geluid meet.',
      'In de fabriek werken mensen en robots samen; we laten zien wie wat doet en waarom.',
      'Leerlingen programmeren robots die een parcours afleggen zonder ergens tegenaan te botsen.',
      'Van robotstofzuiger tot robotarm: robotica zit overal, ook waar je het niet verwacht.',
    ],
  },
  'gezondheid en zorg': {
    topics: [
      'medische technologie',
      'het menselijk lichaam',
      'zorgrobots',
      'hartslag en bloeddruk',
      'prothesen',
      'hygiëne',
    ],
    objects: [
      n('prothese', 'prothesen'),
      n('hartslagmeter', 'hartslagmeters'),
      n('MRI-scanner', 'MRI-scanners'),
      n('rolstoel', 'rolstoelen'),
      n('microscoop', 'microscopen'),
    ],
    places: [
      'het medisch lab',
      'de protheseswerkplaats',
      'het revalidatiecentrum',
      'de afdeling medische techniek',
    ],
    professions: [
      n('klinisch fysicus', 'klinisch fysici'),
      n('medisch technicus', 'medisch technici'),
      n('biomedisch ingenieur', 'biomedisch ingenieurs'),
      n('zorgtechnoloog', 'zorgtechnologen'),
    ],
    verbs: ['ontwerpen', 'testen', 'onderzoeken', 'meten'],
    facts: [
      'Hoe maak je een prothese die precies past? Leerlingen meten, ontwerpen en printen zelf een prototype.',
      'Techniek redt levens: van pacemaker tot MRI-scanner, overal in het ziekenhuis werken technici.',
      'We meten hartslag en bloeddruk en ontdekken wat er in je lichaam gebeurt als je sport.',
      'Onder de microscoop zien leerlingen bacteriën en cellen, en leren ze waarom hygiëne in de zorg telt.',
    ],
  },
  'voeding en agri': {
    topics: [
      'voedseltechnologie',
      'precisielandbouw',
      'kassenbouw',
      'eiwitten van de toekomst',
      'verspilling van voedsel',
      'melk en kaas',
    ],
    objects: [
      n('kas', 'kassen'),
      n('melkrobot', 'melkrobots'),
      n('tomatenplant', 'tomatenplanten'),
      n('verticale moestuin', 'verticale moestuinen'),
      n('bodemsensor', 'bodemsensoren'),
    ],
    places: ['de kaasmakerij', 'de hightech kas', 'de proefboerderij', 'de voedselfabriek', 'het smaaklab'],
    professions: [
      n('voedingstechnoloog', 'voedingstechnologen'),
      n('teler', 'telers'),
      n('agrotechnicus', 'agrotechnici'),
      n('levensmiddelentechnoloog', 'levensmiddelentechnologen'),
    ],
    verbs: ['kweken', 'ontwerpen', 'testen', 'onderzoeken'],
    facts: [
      'Hoe groeien tomaten zonder aarde? In de kas bepaalt een computer licht, water en temperatuur.',
      'Een bodemsensor helpt de boer om precies te weten wat het land nodig heeft.',
      'Van koe tot kaas: leerlingen volgen de melk door de fabriek en proeven het resultaat.',
      'Hoe voeden we straks tien miljard mensen? We onderzoeken insecten, algen en vleesvervangers.',
    ],
  },
  'bouw en infra': {
    topics: [
      'bruggenbouw',
      'duurzaam bouwen',
      'tunnels en wegen',
      'bouwen met hout',
      '3D-printen van huizen',
      'installatietechniek',
    ],
    objects: [
      n('brug', 'bruggen'),
      n('tunnel', 'tunnels'),
      n('bouwkraan', 'bouwkranen'),
      n('houten huis', 'houten huizen'),
      n('viaduct', 'viaducten'),
      n('betonmixer', 'betonmixers'),
    ],
    places: ['de bouwplaats', 'de betoncentrale', 'het bouwlab', 'de houtbouwfabriek'],
    professions: [
      n('constructeur', 'constructeurs'),
      n('uitvoerder', 'uitvoerders'),
      n('installateur', 'installateurs'),
      n('bouwkundige', 'bouwkundigen'),
      n('landmeter', 'landmeters'),
    ],
    verbs: ['bouwen', 'ontwerpen', 'berekenen', 'testen'],
    facts: [
      'Hoeveel gewicht kan een brug van papier en lijm dragen? Leerlingen bouwen en testen tot hij bezwijkt.',
      'Op de bouwplaats komt alles samen: tekenen, rekenen, plannen en samenwerken.',
      'Bouwen kan duurzamer: met hout, hergebruikt beton en huizen die meer energie opwekken dan ze gebruiken.',
      'Een {object} ontwerpen begint met de vraag welke krachten erop werken.',
    ],
  },
  chemie: {
    topics: [
      'scheikunde',
      'materialen',
      'kunststoffen',
      'kleurstoffen',
      'proefjes met zuren en basen',
      'biobased plastic',
    ],
    objects: [
      n('reageerbuis', 'reageerbuizen'),
      n('molecuulmodel', 'molecuulmodellen'),
      n('kristal', 'kristallen'),
      n('bioplastic', 'bioplastics'),
      n('lavalamp', 'lavalampen'),
    ],
    places: ['het chemisch lab', 'de verffabriek', 'de procesfabriek', 'het materialenlab'],
    professions: [
      n('chemicus', 'chemici'),
      n('procesoperator', 'procesoperators'),
      n('laborant', 'laboranten'),
      n('materiaalkundige', 'materiaalkundigen'),
    ],
    verbs: ['mengen', 'analyseren', 'onderzoeken', 'maken'],
    facts: [
      'In het lab doen leerlingen proefjes met zuren en basen en zien ze kleuren veranderen.',
      'We maken bioplastic van aardappelzetmeel: plastic dat gewoon afbreekt.',
      'Alles om je heen is chemie: je shampoo, je telefoonscherm en de verf op de muur.',
      'Leerlingen laten kristallen groeien en ontdekken waarom stoffen zich zo ordenen.',
    ],
  },
  maakindustrie: {
    topics: [
      '3D-printen',
      'lassen en verspanen',
      'slimme fabrieken',
      'metaalbewerking',
      'productieprocessen',
      'precisietechniek',
    ],
    objects: [
      n('3D-printer', '3D-printers'),
      n('lasrobot', 'lasrobots'),
      n('draaibank', 'draaibanken'),
      n('tandwiel', 'tandwielen'),
      n('lopende band', 'lopende banden'),
      n('machine', 'machines'),
    ],
    places: ['de machinefabriek', 'de metaalwerkplaats', 'de productiehal', 'de smederij', 'de lasafdeling'],
    professions: [
      n('lasser', 'lassers'),
      n('CNC-operator', 'CNC-operators'),
      n('werktuigbouwkundige', 'werktuigbouwkundigen'),
      n('onderhoudsmonteur', 'onderhoudsmonteurs'),
    ],
    verbs: ['maken', 'frezen', 'lassen', 'printen'],
    facts: [
      'Hoe wordt een plaat staal een onderdeel van een machine? Leerlingen volgen het hele productieproces.',
      'In een slimme fabriek praten machines met elkaar; de vakman zorgt dat alles blijft draaien.',
      'Met een draaibank of 3D-printer maken leerlingen zelf een onderdeel, op een tiende millimeter nauwkeurig.',
      'Vakmanschap en techniek: van lassen tot programmeren van een CNC-machine.',
    ],
  },
  'lucht- en ruimtevaart': {
    topics: ['ruimtevaart', 'satellieten', 'vliegtuigbouw', 'raketten', 'het heelal', 'luchtvaarttechniek'],
    objects: [
      n('raket', 'raketten'),
      n('satelliet', 'satellieten'),
      n('vliegtuigvleugel', 'vliegtuigvleugels'),
      n('waterraket', 'waterraketten'),
      n('telescoop', 'telescopen'),
      n('weerballon', 'weerballonnen'),
    ],
    places: ['de vliegtuighangar', 'het ruimtevaartlab', 'de satellietfabriek', 'de windtunnel'],
    professions: [
      n('ruimtevaartingenieur', 'ruimtevaartingenieurs'),
      n('vliegtuigmonteur', 'vliegtuigmonteurs'),
      n('astronoom', 'astronomen'),
      n('luchtvaarttechnicus', 'luchtvaarttechnici'),
    ],
    verbs: ['bouwen', 'lanceren', 'ontwerpen', 'testen'],
    facts: [
      'Waarom blijft een vliegtuig in de lucht? In de windtunnel zien leerlingen de kracht van lift.',
      'Leerlingen bouwen een waterraket van een petfles en schieten die zo hoog mogelijk.',
      'Satellieten helpen ons met navigatie, weersvoorspellingen en het meten van klimaatverandering.',
      'Een {object} ontwerpen betekent rekenen aan gewicht, stroming en stevigheid.',
    ],
  },
  design: {
    topics: [
      'productontwerp',
      'design thinking',
      'industrieel ontwerpen',
      'mode en techniek',
      'prototypes maken',
    ],
    objects: [
      n('prototype', 'prototypes'),
      n('lamp', 'lampen'),
      n('stoel', 'stoelen'),
      n('verpakking', 'verpakkingen'),
      n('draagbaar apparaat', 'draagbare apparaten'),
    ],
    places: ['de ontwerpstudio', 'het maaklab', 'de modellenwerkplaats', 'het designcafé'],
    professions: [
      n('productontwerper', 'productontwerpers'),
      n('industrieel ontwerper', 'industrieel ontwerpers'),
      n('interactieontwerper', 'interactieontwerpers'),
    ],
    verbs: ['ontwerpen', 'schetsen', 'maken', 'verbeteren'],
    facts: [
      'Een goed ontwerp begint bij de gebruiker: leerlingen interviewen elkaar en schetsen een {object}.',
      'Van schets tot prototype: in het maaklab wordt een idee iets wat je kunt vastpakken.',
      'Ontwerpers combineren creativiteit met techniek; samen bedenken we ideeën voor betere {objects}.',
      'Wat maakt een {object} mooi én handig? We onderzoeken vorm, materiaal en gebruik.',
    ],
  },
};
