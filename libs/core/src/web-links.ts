/** Paths of the web app that notifications link to, where the user acts on them. */
export const WebLink = {
  booking: (bookingId: string) => `/boekingen/${bookingId}`,
  waitlist: '/wachtlijst',
  activity: (activityId: string) => `/activiteiten/${activityId}`,
  companyRequests: '/bedrijf/aanvragen',
  companyActivities: '/bedrijf/activiteiten',
  /** Where a company contact corrects the company's details (and so asks for approval again). */
  companyProfile: '/bedrijf/gegevens',
  coordinatorCompanies: '/coordinator/bedrijven',
  matchRun: (runId: string) => `/coordinator/matching/${runId}`,
} as const;
