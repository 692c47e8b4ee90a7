import {
  ActivityType,
  Delivery,
  EducationLevel,
  Programme,
  Rng,
  TargetGroup,
  THEMES,
  VMBO_LEVELS,
} from '@app/core';
import {
  composeDescription,
  composeTitle,
  fillTemplate,
  levelPhrase,
  type ActivityTextContext,
} from './activity-text';
import { THEME_VOCAB } from './theme-vocab';

const context = (overrides: Partial<ActivityTextContext> = {}): ActivityTextContext => ({
  type: ActivityType.GUEST_LESSON,
  programme: Programme.JET_NET,
  theme: 'energie',
  levels: [EducationLevel.HAVO, EducationLevel.VWO],
  targetGroups: [TargetGroup.ALL_PUPILS],
  delivery: Delivery.AT_SCHOOL,
  maxTravelKm: 30,
  durationMinutes: 50,
  maxParticipants: 30,
  costEuros: 0,
  company: 'Noordkaap Energie B.V.',
  city: "'s-Hertogenbosch",
  ...overrides,
});

describe('activity text', () => {
  it('fills every template of every type, programme and theme without a slot left over', () => {
    const rng = new Rng(1);
    const bad: string[] = [];
    for (const type of Object.values(ActivityType)) {
      for (const programme of Object.values(Programme)) {
        for (const theme of THEMES) {
          for (const targetGroups of [[TargetGroup.ALL_PUPILS], [TargetGroup.TEACHERS]]) {
            const ctx = context({ type, programme, theme, targetGroups });
            const title = composeTitle(ctx, rng);
            const description = composeDescription(ctx, rng);
            if (
              /[{}]|undefined|null/.test(title + description) ||
              /\.\.|\s\.|\s{2}/.test(description) ||
              title.length < 6 ||
              title.length > 200 ||
              title.charAt(0) !== title.charAt(0).toUpperCase() ||
              description.split('. ').length < 4
            ) {
              bad.push(`${title} | ${description}`);
            }
          }
        }
      }
    }
    expect(bad).toEqual([]);
  });

  it('is deterministic for the rng', () => {
    const ctx = context({ type: ActivityType.WORKSHOP, theme: 'robotica' });
    expect(composeTitle(ctx, new Rng(3))).toBe(composeTitle(ctx, new Rng(3)));
    expect(composeDescription(ctx, new Rng(3))).toBe(composeDescription(ctx, new Rng(3)));
  });

  it('gives search inflections, compounds and accents to find', () => {
    const rng = new Rng(2);
    const titles: string[] = [];
    const descriptions: string[] = [];
    for (const type of Object.values(ActivityType)) {
      for (const theme of THEMES) {
        for (let i = 0; i < 30; i += 1) {
          const ctx = context({ type, theme, programme: Programme.INDEPENDENT });
          titles.push(composeTitle(ctx, rng));
          descriptions.push(composeDescription(ctx, rng));
        }
      }
    }
    const text = [...titles, ...descriptions].join('\n');
    for (const word of [
      'zonneboot',
      'zonneboten',
      'programmeren',
      'programmeur',
      'robotica',
      'robots',
      'bèta',
      'café',
      'privé',
      'ideeën',
      'coördinator',
    ]) {
      expect(text).toContain(word);
    }
    // Even with one company and city for all of them, titles and descriptions vary.
    expect(new Set(titles).size / titles.length).toBeGreaterThan(0.6);
    expect(new Set(descriptions).size / descriptions.length).toBeGreaterThan(0.95);
  });

  it('has vocabulary for every theme, with singular and plural forms', () => {
    for (const theme of THEMES) {
      const vocab = THEME_VOCAB[theme];
      expect(vocab.objects.length).toBeGreaterThanOrEqual(4);
      expect(vocab.topics.length).toBeGreaterThanOrEqual(4);
      for (const noun of [...vocab.objects, ...vocab.professions]) expect(noun.pl).not.toBe(noun.sg);
      // Talks need at least one sentence about the field rather than about pupils at work.
      expect(vocab.facts.some((fact) => !/leerlingen/i.test(fact) && !/^We /.test(fact))).toBe(true);
    }
  });

  it('names levels as Dutch teachers do', () => {
    expect(levelPhrase([EducationLevel.HAVO, EducationLevel.VWO])).toBe('havo en vwo');
    expect(levelPhrase([EducationLevel.PO_BOVENBOUW, ...VMBO_LEVELS])).toBe(
      'groep 6-8 en alle leerwegen van het vmbo',
    );
    expect(levelPhrase([EducationLevel.VMBO_BB, EducationLevel.VMBO_KB, EducationLevel.MBO])).toBe(
      'vmbo-bb, vmbo-kb en mbo',
    );
  });

  it('fills and capitalises slots and refuses unknown ones', () => {
    expect(fillTemplate('{Topic} en {topic}', { topic: 'waterstof' })).toBe('Waterstof en waterstof');
    expect(() => fillTemplate('{nope}', {})).toThrow(/nope/);
  });
});
