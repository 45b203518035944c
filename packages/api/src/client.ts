/** What the web app (and other tRPC clients) share with the API: no server code comes with it. */
export { actionKeyHeader, actionKeyLink } from './http/action-key-link';
export {
  FIRST_ANSWERS_ID,
  type FirstAnswer,
  type FirstQuery,
  type FirstScreen,
  firstQueriesOf,
  firstScreenOf,
  firstScreens,
  procedureAt,
} from './http/first-queries';
