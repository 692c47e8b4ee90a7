/** Paths of the web app that notifications link to, where the user acts on them. */
export const WebLink = {
  booking: (bookingId: string) => `/boekingen/${bookingId}`,
  waitlist: '/wachtlijst',
  activity: (activityId: string) => `/activiteiten/${activityId}`,
  companyRequests: '/bedrijf/aanvragen',
  coordinatorCompanies: '/coordinator/bedrijven',
  matchRun: (runId: string) => `/coordinator/matching/${runId}`,
} as const;
