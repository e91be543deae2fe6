// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nProvider } from '../../i18n/i18n.js';
import type { RoadmapData } from './roadmap-query.js';
import { RoadmapView } from './roadmap-view.js';

const roadmap: RoadmapData = {
  asOf: null,
  until: '2030-12-31',
  lanes: [
    {
      actionField: {
        id: 'QWN0aW9uRmllbGQ6aGYtZGlnaXRhbGlzaWVydW5n',
        key: 'digitalisierung',
        title: 'Digitalisierung in der mittelständischen Industrie',
        status: 'active',
      },
      measures: [
        {
          id: 'TWVhc3VyZTptbg==',
          title: 'Digitalisierungslotsen Sachsen',
          status: 'in_progress',
          progress: 70,
          plannedStart: '2019-01-01',
          plannedEnd: null,
          startedAt: '2019-01-15',
          adoptedAt: '2018-06-19',
        },
      ],
      projectIdeas: [
        {
          id: 'UHJvamVjdElkZWE6cGk=',
          title: 'Lernfabrik Arbeit 4.0',
          status: 'in_preparation',
          plannedStart: '2026-09-01',
          plannedEnd: '2029-08-31',
          proposedAt: '2017-07-20',
        },
      ],
      milestones: [
        {
          milestoneId: 'ms-pilot',
          title: 'Pilotphase',
          dueDate: '2019-12-31',
          reachedAt: '2019-12-10T00:00:00.000Z',
          status: 'REACHED',
          item: { id: 'TWVhc3VyZTptbg==' },
        },
        {
          milestoneId: 'ms-2030',
          title: 'Abschlussbericht',
          dueDate: '2030-12-31',
          reachedAt: null,
          status: 'OPEN',
          item: { id: 'TWVhc3VyZTptbg==' },
        },
      ],
    },
  ],
};

const renderRoadmap = (data: RoadmapData) =>
  render(
    <I18nProvider>
      <RoadmapView roadmap={data} date={null} />
    </I18nProvider>,
  );

afterEach(cleanup);

describe('RoadmapView', () => {
  it('links the lane, then its entries in timeline order: the keyboard follows the years', () => {
    renderRoadmap(roadmap);
    const lane = screen.getByRole('region', {
      name: 'Digitalisierung in der mittelständischen Industrie',
    });
    const links = within(lane).getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      [
        'Digitalisierung in der mittelständischen Industrie',
        '/action-fields/QWN0aW9uRmllbGQ6aGYtZGlnaXRhbGlzaWVydW5n',
      ],
      ['Digitalisierungslotsen Sachsen', '/measures/TWVhc3VyZTptbg%3D%3D'],
      ['Lernfabrik Arbeit 4.0', '/project-ideas/UHJvamVjdElkZWE6cGk%3D'],
    ]);
  });

  it('says in words what the bar shows: open end, progress and milestones', () => {
    renderRoadmap(roadmap);
    const entry = screen
      .getByRole('link', { name: 'Digitalisierungslotsen Sachsen' })
      .closest('li');
    if (!entry) throw new Error('entry not rendered as a list item');
    expect(entry.textContent).toContain('ab 01.01.2019, offenes Ende');
    expect(entry.textContent).toContain('Fortschritt: 70');
    const milestones = within(entry).getByRole('list', {
      name: 'Meilensteine: Digitalisierungslotsen Sachsen',
    });
    const items = within(milestones).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      '1fällig 31.12.2019 Pilotphase ✓ erreicht am 10.12.2019',
      '2fällig 31.12.2030 Abschlussbericht offen',
    ]);
  });

  it('marks an open-ended bar and tells reached from open milestones by shape', () => {
    const { container } = renderRoadmap(roadmap);
    expect(container.querySelector('.roadmap-track .roadmap-bar--open-end')).not.toBeNull();
    expect(container.querySelectorAll('.roadmap-track .roadmap-marker--reached')).toHaveLength(1);
    expect(container.querySelectorAll('.roadmap-track .roadmap-marker--open')).toHaveLength(1);
  });

  it('keeps the drawing from screen readers: the text says it all', () => {
    const { container } = renderRoadmap(roadmap);
    for (const drawing of container.querySelectorAll('.roadmap-track, .roadmap-axis')) {
      expect(drawing.getAttribute('aria-hidden')).toBe('true');
    }
  });

  it('says so when the roadmap has no entries at that date', () => {
    renderRoadmap({ ...roadmap, lanes: [] });
    expect(screen.getByText('Der Fahrplan enthält zu diesem Stand keine Einträge.')).toBeTruthy();
  });
});
