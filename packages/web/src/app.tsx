/** The shell of the web app; its screens (roadmap, board, provenance) arrive with their issue. */
export const App = () => (
  <main>
    <h1>Fahrplan</h1>
    <p>Handlungsempfehlungen und Maßnahmen der StrategieWerkstatt: Industrie der ZUKUNFT.</p>
    <p>
      Die GraphQL-Schnittstelle steht unter <a href="/graphql">/graphql</a> bereit.
    </p>
  </main>
);
