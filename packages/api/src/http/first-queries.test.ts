import { expect, test } from 'vitest';
import { firstAnswersElement } from './first-answers';
import { FIRST_ANSWERS_ID, firstQueriesOf, firstScreenOf } from './first-queries';

test('a path names its first screen by the route patterns', () => {
  expect(firstScreenOf('/')).toBe('inbox');
  expect(firstScreenOf('/cycles/cy-1/self-assessment/u-stp')).toBe('selfAssessment');
  expect(firstScreenOf('/cycles/cy-1/self-assessment/u-stp/')).toBe('selfAssessment');
  for (const other of [
    '/tracker',
    '/cycles/cy-1',
    '/cycles/cy-1/self-assessment',
    '/cycles//self-assessment/u',
  ]) {
    expect(firstScreenOf(other)).toBeUndefined();
  }
});

test('every signed-in screen asks for the person and the header; a cycle screen for its year', () => {
  expect(firstQueriesOf('/tracker')).toEqual([{ path: 'auth.me' }, { path: 'notifications.list' }]);
  expect(firstQueriesOf('/cycles/cy%201/self-assessment/u-stp')).toEqual([
    { path: 'auth.me' },
    { path: 'notifications.list' },
    { path: 'cycles.get', input: { cycleId: 'cy 1' } },
    { path: 'selfAssessment.get', input: { cycleId: 'cy 1', unitId: 'u-stp' } },
  ]);
  expect(firstQueriesOf('/').map((q) => q.path)).toEqual([
    'auth.me',
    'notifications.list',
    'inbox.list',
    'cycles.list',
  ]);
});

test('no answer text can end the element that carries it', () => {
  const element = firstAnswersElement([
    { path: 'inbox.list', result: { json: ['</script><script>alert(1)</script>'] } },
  ]);
  expect(element.startsWith(`<script type="application/json" id="${FIRST_ANSWERS_ID}">`)).toBe(true);
  expect(element.match(/<\/script>/g)).toHaveLength(1);
  const json = element.slice(element.indexOf('>') + 1, element.lastIndexOf('</script>'));
  expect(JSON.parse(json)[0].result.json[0]).toBe('</script><script>alert(1)</script>');
});
