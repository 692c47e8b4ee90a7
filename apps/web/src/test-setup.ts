import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { LAZY_AREAS, loadAreaMessages } from './app/area-messages';

afterEach(() => cleanup());

// Components under test see every area's texts, as the pages do once their area loaded.
await Promise.all(LAZY_AREAS.map((area) => loadAreaMessages(area)));
