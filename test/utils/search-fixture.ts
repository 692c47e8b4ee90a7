import type { DataSource } from 'typeorm';
import type { ActivityEntity } from '@app/catalogue';
import {
  ActivityStatus,
  ActivityType,
  Delivery,
  EducationLevel,
  Programme,
  Province,
  TargetGroup,
  type LatLon,
} from '@app/core';
import { ActivityFactory, CompanyFactory, LocationFactory } from '@app/testing';

// The one fixture of the shared engine suite: a small national offer whose words are chosen so that every
// tested query has an unambiguous answer on both engines (no two words within a typo of each other unless a
// test wants it). Coordinates are real town centres.

export const PLACES = {
  oss: { lat: 51.765, lon: 5.518, city: 'Oss', province: Province.NOORD_BRABANT, postcode: '5341AA' },
  eindhoven: {
    lat: 51.4381,
    lon: 5.4752,
    city: 'Eindhoven',
    province: Province.NOORD_BRABANT,
    postcode: '5611AB',
  },
  utrecht: { lat: 52.0907, lon: 5.1214, city: 'Utrecht', province: Province.UTRECHT, postcode: '3511AA' },
  groningen: {
    lat: 53.2194,
    lon: 6.5665,
    city: 'Groningen',
    province: Province.GRONINGEN,
    postcode: '9711AA',
  },
  leeuwarden: {
    lat: 53.2012,
    lon: 5.7999,
    city: 'Leeuwarden',
    province: Province.FRYSLAN,
    postcode: '8911AA',
  },
  amsterdam: {
    lat: 52.3676,
    lon: 4.9041,
    city: 'Amsterdam',
    province: Province.NOORD_HOLLAND,
    postcode: '1012AB',
  },
  maastricht: {
    lat: 50.8514,
    lon: 5.691,
    city: 'Maastricht',
    province: Province.LIMBURG,
    postcode: '6211AA',
  },
  zwolle: { lat: 52.5168, lon: 6.083, city: 'Zwolle', province: Province.OVERIJSSEL, postcode: '8011AA' },
  delft: { lat: 52.0116, lon: 4.3571, city: 'Delft', province: Province.ZUID_HOLLAND, postcode: '2611AA' },
} as const;
type Place = keyof typeof PLACES;

const COMPANIES: Record<string, { name: string; approved: boolean; places: Place[] }> = {
  zonnekracht: { name: 'Zonnekracht Brabant', approved: true, places: ['oss', 'eindhoven'] },
  robotwerk: { name: 'Robotwerk Utrecht', approved: true, places: ['utrecht'] },
  waterwerken: { name: 'Noordelijke Waterwerken', approved: true, places: ['groningen', 'leeuwarden'] },
  codefabriek: { name: 'Codefabriek Amsterdam', approved: true, places: ['amsterdam'] },
  chemie: { name: 'Limburgse Chemie Groep', approved: true, places: ['maastricht'] },
  vliegwerk: { name: 'Vliegwerk Oost', approved: true, places: ['zwolle'] },
  geheim: { name: 'Geheim Ingenieursbureau', approved: false, places: ['delft'] },
};

export interface FixtureActivity {
  company: keyof typeof COMPANIES;
  place: Place;
  values: Partial<ActivityEntity>;
}

const date = (iso: string) => new Date(`${iso}T09:00:00Z`);

export const ACTIVITIES: Record<string, FixtureActivity> = {
  zonneboot: {
    company: 'zonnekracht',
    place: 'oss',
    values: {
      title: 'Bouw je eigen zonneboot',
      description: 'Leerlingen bouwen een kleine boot die vaart op zonne-energie.',
      type: ActivityType.WORKSHOP,
      programme: Programme.JET_NET,
      levels: [EducationLevel.HAVO, EducationLevel.VWO],
      targetGroups: [TargetGroup.ALL_PUPILS],
      themes: ['energie'],
      delivery: Delivery.AT_SCHOOL,
      provinces: [Province.NOORD_BRABANT],
      costEuros: 0,
      startsAt: date('2026-10-05'),
      averageRating: 4.5,
      reviewCount: 4,
    },
  },
  energietransitie: {
    company: 'zonnekracht',
    place: 'eindhoven',
    values: {
      title: 'Gastles energietransitie',
      description: 'Een ingenieur vertelt over zonnepanelen, windmolens en de energie van morgen.',
      type: ActivityType.GUEST_LESSON,
      programme: Programme.JET_NET,
      levels: [EducationLevel.HAVO, EducationLevel.VWO, EducationLevel.VMBO_TL],
      targetGroups: [TargetGroup.ALL_PUPILS],
      themes: ['energie', 'klimaat en duurzaamheid'],
      delivery: Delivery.AT_SCHOOL,
      provinces: [Province.NOORD_BRABANT],
      costEuros: 0,
      startsAt: date('2026-09-15'),
      averageRating: 3.8,
      reviewCount: 5,
    },
  },
  robotdoolhof: {
    company: 'robotwerk',
    place: 'utrecht',
    values: {
      title: 'Programmeren met robots',
      description:
        'Leerlingen leren programmeren door een robot met kunstmatige intelligentie door een doolhof te laten rijden.',
      type: ActivityType.WORKSHOP,
      programme: Programme.TECHNET,
      levels: [EducationLevel.VMBO_BB, EducationLevel.VMBO_KB],
      targetGroups: [TargetGroup.ALL_PUPILS],
      themes: ['robotica', 'ICT en programmeren'],
      delivery: Delivery.AT_PROVIDER,
      provinces: [Province.UTRECHT],
      costEuros: 25,
      startsAt: date('2026-11-10'),
      averageRating: 4.0,
      reviewCount: 2,
    },
  },
  speeddate: {
    company: 'codefabriek',
    place: 'amsterdam',
    values: {
      title: 'Speeddate bèta: vrouwen in de ICT',
      description: 'Meisjes ontmoeten vrouwelijke softwaremaaksters en data-analisten die met AI werken.',
      type: ActivityType.SPEED_DATE,
      programme: Programme.VHTO,
      levels: [EducationLevel.HAVO, EducationLevel.VWO],
      targetGroups: [TargetGroup.GIRLS],
      themes: ['ICT en programmeren'],
      delivery: Delivery.AT_SCHOOL,
      provinces: [Province.NOORD_HOLLAND],
      costEuros: 0,
      startsAt: date('2026-10-20'),
    },
  },
  waterzuivering: {
    company: 'waterwerken',
    place: 'groningen',
    values: {
      title: 'Bliksemstage bij de waterzuivering',
      description: 'Een middag meelopen met technici die drinkwater schoon maken.',
      type: ActivityType.BLIKSEMSTAGE,
      programme: Programme.JINC,
      levels: [EducationLevel.VMBO_BB, EducationLevel.VMBO_KB, EducationLevel.VMBO_GL],
      targetGroups: [TargetGroup.DISADVANTAGED_YOUTH],
      themes: ['water'],
      delivery: Delivery.AT_PROVIDER,
      provinces: [Province.GRONINGEN],
      costEuros: 0,
      startsAt: date('2026-12-01'),
    },
  },
  dijken: {
    company: 'waterwerken',
    place: 'groningen',
    values: {
      title: 'Webcast: hoe werken dijken?',
      description: 'Online les over dijken, sluizen en de zeespiegel.',
      type: ActivityType.WEBCAST,
      programme: Programme.WETENSCHAPSKNOOPPUNT,
      levels: [EducationLevel.PO_MIDDENBOUW, EducationLevel.PO_BOVENBOUW],
      targetGroups: [TargetGroup.ALL_PUPILS],
      themes: ['water', 'klimaat en duurzaamheid'],
      delivery: Delivery.ONLINE,
      provinces: Object.values(Province),
      costEuros: 0,
      startsAt: null,
    },
  },
  chemiebezoek: {
    company: 'chemie',
    place: 'maastricht',
    values: {
      title: 'Bedrijfsbezoek chemische fabriek',
      description: 'Rondleiding door het laboratorium en de productiehal.',
      type: ActivityType.COMPANY_VISIT,
      programme: Programme.INDEPENDENT,
      levels: [EducationLevel.HAVO, EducationLevel.VWO, EducationLevel.MBO],
      targetGroups: [TargetGroup.ALL_PUPILS],
      themes: ['chemie', 'maakindustrie'],
      delivery: Delivery.AT_PROVIDER,
      provinces: [Province.LIMBURG],
      costEuros: 50,
      startsAt: date('2027-02-01'),
      averageRating: 2.5,
      reviewCount: 2,
    },
  },
  docentstage: {
    company: 'vliegwerk',
    place: 'zwolle',
    values: {
      title: 'Docentstage lucht- en ruimtevaart',
      description: 'Een week meelopen met onderhoudsmonteurs van vliegtuigen.',
      type: ActivityType.TEACHER_INTERNSHIP,
      programme: Programme.STEM_TEACHER_ACADEMY,
      levels: [EducationLevel.HAVO, EducationLevel.VWO],
      targetGroups: [TargetGroup.TEACHERS],
      themes: ['lucht- en ruimtevaart'],
      delivery: Delivery.AT_PROVIDER,
      provinces: [Province.OVERIJSSEL],
      costEuros: 0,
      startsAt: date('2027-01-10'),
    },
  },
  sollicitatie: {
    company: 'codefabriek',
    place: 'amsterdam',
    values: {
      title: 'Sollicitatietraining voor je eerste bijbaan',
      description: 'Oefen een sollicitatiegesprek met een recruiter.',
      type: ActivityType.APPLICATION_TRAINING,
      programme: Programme.JINC,
      levels: [EducationLevel.VMBO_TL, EducationLevel.VMBO_GL],
      targetGroups: [TargetGroup.DISADVANTAGED_YOUTH],
      themes: [],
      delivery: Delivery.AT_SCHOOL,
      provinces: [Province.NOORD_HOLLAND],
      costEuros: 0,
      startsAt: date('2026-09-01'),
    },
  },
  robotfinale: {
    company: 'robotwerk',
    place: 'utrecht',
    values: {
      title: 'Robotica-finale voor de bovenbouw',
      description: 'Teams bouwen en programmeren een robot voor de finale.',
      type: ActivityType.COMPETITION,
      programme: Programme.INDEPENDENT,
      levels: [EducationLevel.PO_BOVENBOUW],
      targetGroups: [TargetGroup.TALENTED_PUPILS],
      themes: ['robotica'],
      delivery: Delivery.AT_PROVIDER,
      provinces: [Province.UTRECHT],
      costEuros: 10,
      startsAt: date('2027-03-15'),
      averageRating: 5,
      reviewCount: 1,
    },
  },
  drones: {
    company: 'vliegwerk',
    place: 'zwolle',
    values: {
      title: 'Gastles drones in de landbouw',
      description: 'Hoe boeren drones gebruiken om gewassen te meten.',
      type: ActivityType.GUEST_LESSON,
      programme: Programme.TECHNET,
      levels: [EducationLevel.VMBO_KB, EducationLevel.VMBO_GL, EducationLevel.MBO],
      targetGroups: [TargetGroup.ALL_PUPILS],
      themes: ['voeding en agri', 'lucht- en ruimtevaart'],
      delivery: Delivery.AT_SCHOOL,
      provinces: [Province.OVERIJSSEL, Province.GELDERLAND],
      costEuros: 0,
      startsAt: date('2026-10-01'),
    },
  },
  windpark: {
    company: 'waterwerken',
    place: 'leeuwarden',
    values: {
      title: 'Excursie naar het windpark',
      description: 'Bezoek aan turbines in het IJsselmeer.',
      type: ActivityType.COMPANY_VISIT,
      programme: Programme.JET_NET_JUNIOR,
      levels: [EducationLevel.PO_BOVENBOUW],
      targetGroups: [TargetGroup.ALL_PUPILS],
      themes: ['energie'],
      delivery: Delivery.AT_PROVIDER,
      provinces: [Province.FRYSLAN],
      costEuros: 0,
      startsAt: date('2026-09-20'),
    },
  },
  // Never to be found: archived, a draft, and published by a company that is not approved.
  archief: {
    company: 'zonnekracht',
    place: 'oss',
    values: {
      title: 'Gastles zonnepanelen uit het archief',
      description: 'Over energie, zonnepanelen en windmolens.',
      type: ActivityType.GUEST_LESSON,
      status: ActivityStatus.ARCHIVED,
      themes: ['energie'],
    },
  },
  concept: {
    company: 'robotwerk',
    place: 'utrecht',
    values: {
      title: 'Concept robotles',
      description: 'Nog niet af: een robot en energie.',
      type: ActivityType.GUEST_LESSON,
      status: ActivityStatus.DRAFT,
      publishedAt: null,
      themes: ['robotica'],
      provinces: [Province.UTRECHT],
    },
  },
  geheim: {
    company: 'geheim',
    place: 'delft',
    values: {
      title: 'Gastles energie van het geheime bureau',
      description: 'Over windmolens en zonnepanelen.',
      type: ActivityType.GUEST_LESSON,
      themes: ['energie'],
      provinces: [Province.ZUID_HOLLAND],
    },
  },
};

export const HIDDEN = ['archief', 'concept', 'geheim'] as const;
export const SEARCHABLE = Object.keys(ACTIVITIES).filter(
  (key) => !(HIDDEN as readonly string[]).includes(key),
);

export interface Fixture {
  /** Activity id by fixture key. */
  ids: Record<string, string>;
  /** Fixture key by activity id. */
  keyOf: Map<string, string>;
  /** Where each activity's company location is. */
  pointOf: Record<string, LatLon>;
}

/** Writes the fixture; `publishedAt` is spread a day apart so that "newest first" is one fixed order. */
/** The search of the web app's result page: hits with their location and company, and every facet. */
export const SEARCH = `
  query Search($input: ActivitySearchInput!) {
    searchActivities(input: $input) {
      total page pageSize engine
      hits { distanceKm highlight activity { id title status location { city company { name } } } }
      facets { field values { value count } }
    }
  }`;

export async function createSearchFixture(ds: DataSource): Promise<Fixture> {
  const locations: Record<string, string> = {};
  for (const [key, company] of Object.entries(COMPANIES)) {
    const { id: companyId } = await CompanyFactory.from({
      name: company.name,
      approved: company.approved,
      approvedAt: company.approved ? new Date() : null,
    }).insert(ds);
    for (const place of company.places) {
      const { lat, lon, city, province, postcode } = PLACES[place];
      const location = await LocationFactory.from({
        companyId,
        name: `${company.name} ${city}`,
        city,
        municipality: city,
        province,
        postcode,
        lat,
        lon,
      }).insert(ds);
      locations[`${key}:${place}`] = location.id;
    }
  }
  const ids: Record<string, string> = {};
  const pointOf: Record<string, LatLon> = {};
  let day = 0;
  for (const [key, activity] of Object.entries(ACTIVITIES)) {
    day += 1;
    const saved = await ActivityFactory.create(ds, locations[`${activity.company}:${activity.place}`], {
      maxTravelKm: null,
      averageRating: null,
      reviewCount: 0,
      publishedAt: new Date(Date.UTC(2026, 0, day)),
      ...activity.values,
    });
    ids[key] = saved.id;
    pointOf[key] = { lat: PLACES[activity.place].lat, lon: PLACES[activity.place].lon };
  }
  return { ids, keyOf: new Map(Object.entries(ids).map(([key, id]) => [id, key])), pointOf };
}
