// The Dutch words of a seeded school year: what teachers write when they ask, what companies answer, why a
// booking is cancelled, and what a school says in its review. Slots: {activity} {company} {school} {city}.

export const REQUEST_MESSAGES = [
  'Wij zouden dit graag met onze klas doen. Is er in die week plek?',
  'Onze leerlingen werken dit jaar aan een project over dit thema; een gastdocent zou mooi aansluiten.',
  'Past dit ook bij een wat kleinere groep? We zijn met ongeveer twintig leerlingen.',
  'De sectie techniek wil dit graag inplannen rond de profielkeuze.',
  'Kunnen we de datum nog in overleg bepalen? Dinsdag en donderdag komen ons het best uit.',
  'Vorig jaar waren de leerlingen erg enthousiast; we doen graag weer mee.',
  'Wij zijn een school met veel leerlingen die nog nooit een technisch bedrijf van binnen hebben gezien.',
  'Graag ontvangen wij wat informatie vooraf, zodat we de les kunnen voorbereiden.',
];

export const ACCEPT_MESSAGES = [
  'Leuk dat jullie meedoen! We nemen een week van tevoren contact op over de details.',
  'Van harte welkom. Neem gerust contact op als er vragen zijn over de voorbereiding.',
  'Akkoord, de datum staat in onze agenda. De gastdocent neemt al het materiaal mee.',
  'We kijken ernaar uit. Wilt u de leerlingen vragen om dichte schoenen te dragen?',
  'Prima, we sturen binnenkort een korte lesbrief om vooraf te bespreken.',
];

export const DECLINE_MESSAGES = [
  'Helaas zijn we in die periode volgeboekt. Probeert u het gerust in het voorjaar nog eens.',
  'Op die datum is onze gastdocent niet beschikbaar. Een andere week kan misschien wel.',
  'Jammer genoeg is de groep te groot voor onze werkplaats; met de helft van de klas gaat het wel.',
  'Dit schooljaar geven we deze activiteit alleen aan scholen in de buurt van onze vestiging.',
  'Helaas kunnen we door een reorganisatie dit najaar geen gastlessen geven.',
];

export const CANCEL_REASONS = [
  'De toetsweek is verschoven en valt nu op dezelfde dag.',
  'Door ziekte van de docent kan de klas helaas niet komen.',
  'Het vervoer naar het bedrijf bleek te duur voor dit schooljaar.',
  'Onze gastdocent is onverwacht verhinderd; we plannen graag opnieuw.',
  'Door een storing in de productiehal kunnen we die dag geen bezoekers ontvangen.',
];

/** Review comments by rating: real reviews are mostly warm and short, the few low ones say why. */
export const REVIEW_COMMENTS: Record<1 | 2 | 3 | 4 | 5, string[]> = {
  5: [
    'Fantastisch gedaan! De leerlingen praten er nog steeds over.',
    'Heel goed voorbereid en enthousiast gebracht. Volgend jaar doen we weer mee.',
    'Precies wat we zochten: praktisch, uitdagend en goed op het niveau van de klas.',
    'De gastdocent van {company} wist de leerlingen echt te boeien. Een aanrader!',
    'Prachtige kennismaking met techniek; meerdere leerlingen overwegen nu een technisch profiel.',
    'Top georganiseerd, duidelijke afspraken vooraf en een mooie opdracht.',
  ],
  4: [
    'Leerzaam en goed georganiseerd. Iets meer tijd om zelf te doen was fijn geweest.',
    'Leuke activiteit, de leerlingen waren betrokken. De uitleg was soms wat technisch.',
    'Goede gastles; de praktijkvoorbeelden spraken de klas erg aan.',
    'Fijn contact met {company} en een mooie ochtend. Voor herhaling vatbaar.',
    'Sterk verhaal, alleen het laatste kwartier was wat lang voor deze groep.',
  ],
  3: [
    'Aardig, maar het niveau lag wat te hoog voor onze leerlingen.',
    'Interessant onderwerp, helaas weinig ruimte voor vragen.',
    'Redelijk; de opdracht paste niet helemaal bij wat we in de les behandelen.',
  ],
  2: [
    'De gastdocent kwam later dan afgesproken en het programma werd ingekort.',
    'Vooral een presentatie over het bedrijf; de leerlingen hadden meer willen doen.',
  ],
  1: [
    'Helaas ging de activiteit op het laatste moment grotendeels niet door.',
    'Slecht afgestemd op de leeftijd van de leerlingen; jammer.',
  ],
};
