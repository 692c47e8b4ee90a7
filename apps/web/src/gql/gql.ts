/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query UnreadCount {\n    myNotifications(first: 1, unreadOnly: true) {\n      unreadCount\n    }\n  }\n": typeof types.UnreadCountDocument,
    "\n  query Me {\n    me {\n      id\n      email\n      name\n      role\n      emailVerified\n      schoolVerified\n      provinces\n      programmes\n      school {\n        id\n        name\n        city\n      }\n      company {\n        id\n        name\n        approved\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation LogOut {\n    logOut\n  }\n": typeof types.LogOutDocument,
    "\n  query Coordinators {\n    coordinators {\n      id\n      name\n      email\n      provinces\n      programmes\n    }\n  }\n": typeof types.CoordinatorsDocument,
    "\n  mutation CreateCoordinator($input: CreateCoordinatorInput!) {\n    createCoordinator(input: $input) {\n      id\n      name\n      email\n      provinces\n      programmes\n    }\n  }\n": typeof types.CreateCoordinatorDocument,
    "\n  fragment SchoolImportFields on SchoolImportRun {\n    id\n    source\n    fileName\n    state\n    rowsTotal\n    rowsRead\n    rowsImported\n    rowsFailed\n    inserted\n    updated\n    unchanged\n    error\n    createdAt\n    startedAt\n    finishedAt\n    failures {\n      line\n      vestigingscode\n      message\n    }\n  }\n": typeof types.SchoolImportFieldsFragmentDoc,
    "\n  query SchoolImports($limit: Int!) {\n    schoolImports(limit: $limit) {\n      ...SchoolImportFields\n    }\n  }\n": typeof types.SchoolImportsDocument,
    "\n  mutation StartSchoolImport($source: SchoolImportSource!) {\n    startSchoolImport(source: $source) {\n      ...SchoolImportFields\n    }\n  }\n": typeof types.StartSchoolImportDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  query EmailSettings {\n    me {\n      id\n      role\n      emailOffKinds\n    }\n  }\n": typeof types.EmailSettingsDocument,
    "\n  mutation SetEmailNotifications($kinds: [NotificationKind!]!, $enabled: Boolean!) {\n    setEmailNotifications(kinds: $kinds, enabled: $enabled) {\n      id\n      emailOffKinds\n    }\n  }\n": typeof types.SetEmailNotificationsDocument,
    "\n  query MyNotifications($after: String, $unreadOnly: Boolean) {\n    myNotifications(first: 20, after: $after, unreadOnly: $unreadOnly) {\n      unreadCount\n      nextCursor\n      items {\n        id\n        kind\n        title\n        body\n        link\n        createdAt\n        readAt\n      }\n    }\n  }\n": typeof types.MyNotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  query SignUpSchools($query: String!) {\n    schools(query: $query, first: 8) {\n      id\n      vestigingscode\n      name\n      city\n    }\n  }\n": typeof types.SignUpSchoolsDocument,
    "\n  query Account {\n    me {\n      id\n      name\n      email\n      role\n      emailVerified\n      schoolVerified\n      school {\n        id\n        name\n        city\n        vestigingscode\n      }\n      company {\n        id\n        name\n        approved\n      }\n    }\n  }\n": typeof types.AccountDocument,
    "\n  mutation LogOutEverywhere {\n    logOutEverywhere\n  }\n": typeof types.LogOutEverywhereDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation LogIn($email: String!, $password: String!) {\n    logIn(email: $email, password: $password) {\n      user {\n        id\n        role\n      }\n    }\n  }\n": typeof types.LogInDocument,
    "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword) {\n      user {\n        id\n        email\n        role\n      }\n    }\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation LogInAfterReset($email: String!, $password: String!) {\n    logIn(email: $email, password: $password) {\n      user {\n        id\n      }\n    }\n  }\n": typeof types.LogInAfterResetDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      user {\n        id\n        role\n      }\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      user {\n        id\n        email\n        role\n        emailVerified\n        schoolVerified\n        school {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.VerifyEmailDocument,
    "\n  fragment CompanyActivity on Activity {\n    id\n    title\n    description\n    type\n    programme\n    levels\n    targetGroups\n    themes\n    delivery\n    provinces\n    maxTravelKm\n    durationMinutes\n    maxParticipants\n    costEuros\n    startsAt\n    endsAt\n    status\n    averageRating\n    reviewCount\n    location {\n      id\n      name\n      city\n      company {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CompanyActivityFragmentDoc,
    "\n  query MyActivities {\n    myActivities {\n      ...CompanyActivity\n    }\n  }\n": typeof types.MyActivitiesDocument,
    "\n  query OwnActivity($id: ID!) {\n    activity(id: $id) {\n      ...CompanyActivity\n    }\n  }\n": typeof types.OwnActivityDocument,
    "\n  mutation CreateActivity($input: CreateActivityInput!) {\n    createActivity(input: $input) {\n      ...CompanyActivity\n    }\n  }\n": typeof types.CreateActivityDocument,
    "\n  mutation UpdateActivity($id: ID!, $input: UpdateActivityInput!) {\n    updateActivity(id: $id, input: $input) {\n      ...CompanyActivity\n    }\n  }\n": typeof types.UpdateActivityDocument,
    "\n  mutation PublishActivity($id: ID!) {\n    publishActivity(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.PublishActivityDocument,
    "\n  mutation ArchiveActivity($id: ID!) {\n    archiveActivity(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.ArchiveActivityDocument,
    "\n  query OwnCompany {\n    me {\n      id\n      emailVerified\n      company {\n        id\n        name\n        approved\n        rejectionReason\n        locations {\n          id\n          name\n          postcode\n          city\n          province\n        }\n      }\n    }\n  }\n": typeof types.OwnCompanyDocument,
    "\n  mutation RespondToBooking($id: ID!, $accept: Boolean!, $message: String) {\n    respondToBooking(id: $id, accept: $accept, message: $message) {\n      id\n      status\n      responseMessage\n      updatedAt\n    }\n  }\n": typeof types.RespondToBookingDocument,
    "\n  query CompanyBookings {\n    myBookings {\n      id\n      status\n      createdAt\n      updatedAt\n      groupSize\n      level\n      sessions\n      fromMatching\n      message\n      preferredDate\n      responseMessage\n      cancelReason\n      cancelledByRole\n      activity {\n        id\n        title\n        startsAt\n      }\n      school {\n        id\n        name\n        city\n      }\n    }\n  }\n": typeof types.CompanyBookingsDocument,
    "\n  mutation AddCompanyLocation($input: CompanyLocationInput!) {\n    addCompanyLocation(input: $input) {\n      id\n      name\n      city\n      postcode\n      province\n    }\n  }\n": typeof types.AddCompanyLocationDocument,
    "\n  mutation UpdateCompany($name: String!) {\n    updateCompany(name: $name) {\n      id\n      name\n      approved\n      rejectionReason\n    }\n  }\n": typeof types.UpdateCompanyDocument,
    "\n  query PartnerCapacity($locationId: ID!, $programme: Programme!) {\n    partnerCapacity(locationId: $locationId, programme: $programme) {\n      slots\n      partnerDistanceKm\n      placed\n      pending\n      used\n    }\n  }\n": typeof types.PartnerCapacityDocument,
    "\n  mutation SetPartnerCapacity(\n    $locationId: ID!\n    $programme: Programme!\n    $slots: Int!\n    $partnerDistanceKm: Float\n  ) {\n    setPartnerCapacity(\n      locationId: $locationId\n      programme: $programme\n      slots: $slots\n      partnerDistanceKm: $partnerDistanceKm\n    ) {\n      slots\n      partnerDistanceKm\n      placed\n      pending\n      used\n    }\n  }\n": typeof types.SetPartnerCapacityDocument,
    "\n  query MySupplyOffers {\n    mySupplyOffers {\n      id\n      type\n      levels\n      themes\n      sessions\n      sessionsRemaining\n      maxTravelKm\n      periodStart\n      periodEnd\n      status\n      reachProvinces\n      createdAt\n      location {\n        id\n        name\n        city\n      }\n      activity {\n        id\n        title\n      }\n    }\n  }\n": typeof types.MySupplyOffersDocument,
    "\n  mutation CreateSupplyOffer($input: CreateSupplyOfferInput!) {\n    createSupplyOffer(input: $input) {\n      id\n      reachProvinces\n    }\n  }\n": typeof types.CreateSupplyOfferDocument,
    "\n  mutation UpdateSupplyOffer($id: ID!, $input: UpdateSupplyOfferInput!) {\n    updateSupplyOffer(id: $id, input: $input) {\n      id\n      type\n      levels\n      themes\n      sessions\n      sessionsRemaining\n      maxTravelKm\n      periodStart\n      periodEnd\n      reachProvinces\n      activity {\n        id\n        title\n      }\n    }\n  }\n": typeof types.UpdateSupplyOfferDocument,
    "\n  mutation WithdrawSupplyOffer($id: ID!) {\n    withdrawSupplyOffer(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.WithdrawSupplyOfferDocument,
    "\n  query FindSchools($query: String!, $province: Province) {\n    schools(query: $query, province: $province, first: 10) {\n      id\n      name\n      city\n      vestigingscode\n      schoolType\n      levels\n    }\n  }\n": typeof types.FindSchoolsDocument,
    "\n  query ChosenSchool($code: String!) {\n    school(vestigingscode: $code) {\n      id\n      name\n      city\n      vestigingscode\n      province\n      levels\n    }\n  }\n": typeof types.ChosenSchoolDocument,
    "\n  query ActivityForBooking($id: ID!) {\n    activity(id: $id) {\n      id\n      title\n      type\n      status\n      levels\n      maxParticipants\n      location {\n        id\n        city\n        company {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ActivityForBookingDocument,
    "\n  mutation RequestBookingForSchool($input: RequestBookingInput!) {\n    requestBooking(input: $input) {\n      id\n      status\n      school {\n        id\n        name\n      }\n      activity {\n        id\n        title\n      }\n    }\n  }\n": typeof types.RequestBookingForSchoolDocument,
    "\n  query ActivitiesForSchool($input: ActivitySearchInput!) {\n    searchActivities(input: $input) {\n      total\n      hits {\n        distanceKm\n        activity {\n          id\n          title\n          type\n          levels\n          location {\n            id\n            city\n            company {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ActivitiesForSchoolDocument,
    "\n  query RegionBalance($province: Province, $schoolYear: Int) {\n    regionalBalance(province: $province, schoolYear: $schoolYear) {\n      province\n      type\n      level\n      demandSessions\n      supplySessions\n      shortfallSessions\n    }\n  }\n": typeof types.RegionBalanceDocument,
    "\n  query DemandSupply($province: Province!, $includeWithdrawn: Boolean!) {\n    schoolRequests(province: $province, includeWithdrawn: $includeWithdrawn) {\n      id\n      status\n      type\n      levels\n      themes\n      sessions\n      sessionsRemaining\n      periodStart\n      periodEnd\n      createdAt\n      school {\n        id\n        name\n        city\n      }\n    }\n    supplyOffers(province: $province, includeWithdrawn: $includeWithdrawn) {\n      id\n      status\n      type\n      levels\n      themes\n      sessions\n      sessionsRemaining\n      periodStart\n      periodEnd\n      maxTravelKm\n      location {\n        id\n        name\n        city\n        province\n        company {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.DemandSupplyDocument,
    "\n  mutation RunMatching($province: Province!) {\n    runMatching(province: $province) {\n      id\n      status\n      province\n      createdAt\n    }\n  }\n": typeof types.RunMatchingDocument,
    "\n  query MatchRunDetail($id: ID!) {\n    matchRun(id: $id) {\n      id\n      status\n      province\n      createdAt\n      finishedAt\n      demandSessions\n      supplySessions\n      matchedSessions\n      upperBound\n      error\n      proposals {\n        id\n        status\n        sessions\n        distanceKm\n        score\n        reasons\n        bookingId\n        request {\n          id\n          type\n          levels\n          school {\n            id\n            name\n            city\n          }\n        }\n        supply {\n          id\n          location {\n            id\n            name\n            city\n            company {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.MatchRunDetailDocument,
    "\n  query MatchRuns($province: Province) {\n    matchRuns(province: $province, limit: 20) {\n      id\n      status\n      createdAt\n      demandSessions\n      matchedSessions\n      upperBound\n    }\n  }\n": typeof types.MatchRunsDocument,
    "\n  mutation DecideProposal($id: ID!, $accept: Boolean!) {\n    decideProposal(id: $id, accept: $accept) {\n      id\n      status\n      bookingId\n    }\n  }\n": typeof types.DecideProposalDocument,
    "\n  mutation CreateSchoolRequestForSchool($input: CreateSchoolRequestInput!) {\n    createSchoolRequest(input: $input) {\n      id\n      sessions\n      type\n      school {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CreateSchoolRequestForSchoolDocument,
    "\n  query CoordinatorCompanies($approved: Boolean, $province: Province, $query: String) {\n    companies(approved: $approved, province: $province, query: $query) {\n      id\n      name\n      approved\n      rejectionReason\n      locations {\n        id\n        name\n        city\n        province\n      }\n    }\n  }\n": typeof types.CoordinatorCompaniesDocument,
    "\n  mutation ApproveCompany($id: ID!) {\n    approveCompany(id: $id) {\n      id\n      approved\n      rejectionReason\n    }\n  }\n": typeof types.ApproveCompanyDocument,
    "\n  mutation RejectCompany($id: ID!, $reason: String!) {\n    rejectCompany(id: $id, reason: $reason) {\n      id\n      approved\n      rejectionReason\n    }\n  }\n": typeof types.RejectCompanyDocument,
    "\n  query CoordinatorReach($schoolYear: Int!, $programme: Programme, $province: Province) {\n    reachReport(schoolYear: $schoolYear, programme: $programme, province: $province) {\n      schoolYear\n      rows {\n        province\n        programme\n        schoolsReached\n        schoolsNotReached\n        repeatSchools\n        activitiesGiven\n        pupilsReached\n        companiesActive\n        averageRating\n        waitingAtYearEnd\n      }\n    }\n  }\n": typeof types.CoordinatorReachDocument,
    "\n  query UnreachedSchools($schoolYear: Int!, $province: Province!) {\n    unreachedSchools(schoolYear: $schoolYear, province: $province) {\n      nearestSupplyKm\n      school {\n        id\n        name\n        city\n        vestigingscode\n        location {\n          lat\n          lon\n        }\n      }\n    }\n  }\n": typeof types.UnreachedSchoolsDocument,
    "\n  fragment WaitlistEntryFields on WaitlistEntry {\n    id\n    status\n    priority\n    position\n    joinedAt\n    placedAt\n    programme\n    province\n    school {\n      id\n      name\n      city\n      vestigingscode\n    }\n    currentOffer {\n      id\n      createdAt\n      expiresAt\n      location {\n        id\n        name\n        city\n        company {\n          id\n          name\n        }\n      }\n    }\n    partner {\n      id\n      name\n      city\n      company {\n        id\n        name\n      }\n    }\n    events {\n      at\n      kind\n      actorRole\n      note\n    }\n  }\n": typeof types.WaitlistEntryFieldsFragmentDoc,
    "\n  query CoordinatorWaitlist($programme: Programme!, $province: Province, $statuses: [WaitlistStatus!]) {\n    waitlist(programme: $programme, province: $province, statuses: $statuses) {\n      ...WaitlistEntryFields\n    }\n  }\n": typeof types.CoordinatorWaitlistDocument,
    "\n  mutation PrioritizeWaitlistEntry($entryId: ID!, $priority: Int!, $reason: String!) {\n    prioritizeWaitlistEntry(entryId: $entryId, priority: $priority, reason: $reason) {\n      ...WaitlistEntryFields\n    }\n  }\n": typeof types.PrioritizeWaitlistEntryDocument,
    "\n  mutation PlaceWaitlistEntry($entryId: ID!, $locationId: ID!, $reason: String!) {\n    placeWaitlistEntry(entryId: $entryId, locationId: $locationId, reason: $reason) {\n      ...WaitlistEntryFields\n    }\n  }\n": typeof types.PlaceWaitlistEntryDocument,
    "\n  query PlacementLocations($province: Province, $query: String) {\n    companies(approved: true, province: $province, query: $query) {\n      id\n      name\n      locations {\n        id\n        name\n        city\n        province\n      }\n    }\n  }\n": typeof types.PlacementLocationsDocument,
    "\n  query LocationPartnerCapacity($locationId: ID!, $programme: Programme!) {\n    partnerCapacity(locationId: $locationId, programme: $programme) {\n      slots\n      used\n      placed\n      pending\n      partnerDistanceKm\n    }\n  }\n": typeof types.LocationPartnerCapacityDocument,
    "\n  query ActivityPage($id: ID!) {\n    activity(id: $id) {\n      id\n      title\n      description\n      status\n      type\n      levels\n      targetGroups\n      themes\n      programme\n      delivery\n      provinces\n      costEuros\n      durationMinutes\n      maxParticipants\n      startsAt\n      endsAt\n      averageRating\n      reviewCount\n      location {\n        id\n        name\n        city\n        postcode\n        location {\n          lat\n          lon\n        }\n        company {\n          id\n          name\n        }\n      }\n      reviews(first: 20) {\n        id\n        rating\n        comment\n        createdAt\n        schoolCity\n        level\n      }\n    }\n  }\n": typeof types.ActivityPageDocument,
    "\n  query SearchActivities($input: ActivitySearchInput!) {\n    searchActivities(input: $input) {\n      total\n      page\n      pageSize\n      hits {\n        distanceKm\n        highlight\n        activity {\n          id\n          title\n          description\n          type\n          levels\n          delivery\n          costEuros\n          startsAt\n          averageRating\n          reviewCount\n          location {\n            id\n            city\n            location {\n              lat\n              lon\n            }\n            company {\n              id\n              name\n            }\n          }\n        }\n      }\n      facets {\n        field\n        values {\n          value\n          count\n        }\n      }\n    }\n  }\n": typeof types.SearchActivitiesDocument,
    "\n  query SearchTotal($input: ActivitySearchInput!) {\n    searchActivities(input: $input) {\n      total\n    }\n  }\n": typeof types.SearchTotalDocument,
    "\n  query PublicMySchool {\n    me {\n      id\n      school {\n        id\n        name\n        vestigingscode\n        location {\n          lat\n          lon\n        }\n      }\n    }\n  }\n": typeof types.PublicMySchoolDocument,
    "\n  fragment TeacherBooking on Booking {\n    id\n    status\n    level\n    groupSize\n    sessions\n    preferredDate\n    message\n    responseMessage\n    cancelReason\n    cancelledByRole\n    fromMatching\n    createdAt\n    updatedAt\n    school {\n      id\n      city\n    }\n    activity {\n      id\n      title\n      type\n      startsAt\n      endsAt\n      location {\n        id\n        name\n        city\n        company {\n          id\n          name\n        }\n      }\n    }\n    review {\n      id\n      rating\n      comment\n    }\n  }\n": typeof types.TeacherBookingFragmentDoc,
    "\n  query PendingColleagues {\n    pendingTeachers {\n      id\n      name\n      email\n      school {\n        id\n        name\n      }\n    }\n  }\n": typeof types.PendingColleaguesDocument,
    "\n  mutation ApproveColleague($userId: ID!) {\n    approveTeacher(userId: $userId) {\n      id\n      schoolVerified\n    }\n  }\n": typeof types.ApproveColleagueDocument,
    "\n  query MyBookings($status: BookingStatus) {\n    myBookings(status: $status) {\n      ...TeacherBooking\n    }\n  }\n": typeof types.MyBookingsDocument,
    "\n  mutation CancelBooking($id: ID!, $reason: String) {\n    cancelBooking(id: $id, reason: $reason) {\n      id\n      status\n      cancelReason\n      cancelledByRole\n      updatedAt\n    }\n  }\n": typeof types.CancelBookingDocument,
    "\n  mutation CompleteBooking($id: ID!) {\n    completeBooking(id: $id) {\n      id\n      status\n      updatedAt\n    }\n  }\n": typeof types.CompleteBookingDocument,
    "\n  mutation ReviewActivity($activityId: ID!, $bookingId: ID, $rating: Int!, $comment: String) {\n    reviewActivity(activityId: $activityId, bookingId: $bookingId, rating: $rating, comment: $comment) {\n      id\n      rating\n      activity {\n        id\n        reviewCount\n        averageRating\n      }\n    }\n  }\n": typeof types.ReviewActivityDocument,
    "\n  query RequestActivity($id: ID!) {\n    activity(id: $id) {\n      id\n      title\n      description\n      type\n      status\n      levels\n      maxParticipants\n      startsAt\n      endsAt\n      durationMinutes\n      costEuros\n      delivery\n      location {\n        id\n        name\n        city\n        company {\n          id\n          name\n        }\n      }\n    }\n    me {\n      id\n      school {\n        id\n        name\n        levels\n      }\n    }\n  }\n": typeof types.RequestActivityDocument,
    "\n  mutation RequestBooking($input: RequestBookingInput!) {\n    requestBooking(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.RequestBookingDocument,
    "\n  query MySchoolRequests {\n    me {\n      id\n      school {\n        id\n        name\n        levels\n      }\n    }\n    mySchoolRequests {\n      ...TeacherSchoolRequest\n    }\n  }\n": typeof types.MySchoolRequestsDocument,
    "\n  fragment TeacherSchoolRequest on SchoolRequest {\n    id\n    type\n    levels\n    themes\n    sessions\n    sessionsRemaining\n    periodStart\n    periodEnd\n    status\n    createdAt\n  }\n": typeof types.TeacherSchoolRequestFragmentDoc,
    "\n  mutation CreateSchoolRequest($input: CreateSchoolRequestInput!) {\n    createSchoolRequest(input: $input) {\n      ...TeacherSchoolRequest\n    }\n  }\n": typeof types.CreateSchoolRequestDocument,
    "\n  mutation UpdateSchoolRequest($id: ID!, $input: UpdateSchoolRequestInput!) {\n    updateSchoolRequest(id: $id, input: $input) {\n      ...TeacherSchoolRequest\n    }\n  }\n": typeof types.UpdateSchoolRequestDocument,
    "\n  mutation WithdrawSchoolRequest($id: ID!) {\n    withdrawSchoolRequest(id: $id) {\n      ...TeacherSchoolRequest\n    }\n  }\n": typeof types.WithdrawSchoolRequestDocument,
    "\n  query TeacherHome {\n    myBookings {\n      ...TeacherBooking\n    }\n    myWaitlistEntries {\n      id\n      programme\n      status\n      currentOffer {\n        id\n        status\n        expiresAt\n        location {\n          id\n          name\n          city\n          company {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.TeacherHomeDocument,
    "\n  fragment TeacherWaitlistEntry on WaitlistEntry {\n    id\n    programme\n    province\n    status\n    position\n    expectedWaitDays\n    joinedAt\n    placedAt\n    partner {\n      id\n      name\n      city\n      company {\n        id\n        name\n      }\n    }\n    currentOffer {\n      id\n      createdAt\n      expiresAt\n      status\n      location {\n        id\n        name\n        city\n        company {\n          id\n          name\n        }\n      }\n    }\n    events {\n      at\n      kind\n      actorRole\n      note\n    }\n  }\n": typeof types.TeacherWaitlistEntryFragmentDoc,
    "\n  query MyWaitlist {\n    me {\n      id\n      school {\n        id\n        name\n        levels\n        province\n      }\n    }\n    myWaitlistEntries {\n      ...TeacherWaitlistEntry\n    }\n  }\n": typeof types.MyWaitlistDocument,
    "\n  mutation JoinWaitlist($programme: Programme!) {\n    joinWaitlist(programme: $programme) {\n      ...TeacherWaitlistEntry\n    }\n  }\n": typeof types.JoinWaitlistDocument,
    "\n  mutation WithdrawFromWaitlist($entryId: ID!, $reason: String) {\n    withdrawFromWaitlist(entryId: $entryId, reason: $reason) {\n      ...TeacherWaitlistEntry\n    }\n  }\n": typeof types.WithdrawFromWaitlistDocument,
    "\n  mutation RespondToPartnerOffer($offerId: ID!, $accept: Boolean!) {\n    respondToPartnerOffer(offerId: $offerId, accept: $accept) {\n      ...TeacherWaitlistEntry\n    }\n  }\n": typeof types.RespondToPartnerOfferDocument,
};
const documents: Documents = {
    "\n  query UnreadCount {\n    myNotifications(first: 1, unreadOnly: true) {\n      unreadCount\n    }\n  }\n": types.UnreadCountDocument,
    "\n  query Me {\n    me {\n      id\n      email\n      name\n      role\n      emailVerified\n      schoolVerified\n      provinces\n      programmes\n      school {\n        id\n        name\n        city\n      }\n      company {\n        id\n        name\n        approved\n      }\n    }\n  }\n": types.MeDocument,
    "\n  mutation LogOut {\n    logOut\n  }\n": types.LogOutDocument,
    "\n  query Coordinators {\n    coordinators {\n      id\n      name\n      email\n      provinces\n      programmes\n    }\n  }\n": types.CoordinatorsDocument,
    "\n  mutation CreateCoordinator($input: CreateCoordinatorInput!) {\n    createCoordinator(input: $input) {\n      id\n      name\n      email\n      provinces\n      programmes\n    }\n  }\n": types.CreateCoordinatorDocument,
    "\n  fragment SchoolImportFields on SchoolImportRun {\n    id\n    source\n    fileName\n    state\n    rowsTotal\n    rowsRead\n    rowsImported\n    rowsFailed\n    inserted\n    updated\n    unchanged\n    error\n    createdAt\n    startedAt\n    finishedAt\n    failures {\n      line\n      vestigingscode\n      message\n    }\n  }\n": types.SchoolImportFieldsFragmentDoc,
    "\n  query SchoolImports($limit: Int!) {\n    schoolImports(limit: $limit) {\n      ...SchoolImportFields\n    }\n  }\n": types.SchoolImportsDocument,
    "\n  mutation StartSchoolImport($source: SchoolImportSource!) {\n    startSchoolImport(source: $source) {\n      ...SchoolImportFields\n    }\n  }\n": types.StartSchoolImportDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": types.ChangePasswordDocument,
    "\n  query EmailSettings {\n    me {\n      id\n      role\n      emailOffKinds\n    }\n  }\n": types.EmailSettingsDocument,
    "\n  mutation SetEmailNotifications($kinds: [NotificationKind!]!, $enabled: Boolean!) {\n    setEmailNotifications(kinds: $kinds, enabled: $enabled) {\n      id\n      emailOffKinds\n    }\n  }\n": types.SetEmailNotificationsDocument,
    "\n  query MyNotifications($after: String, $unreadOnly: Boolean) {\n    myNotifications(first: 20, after: $after, unreadOnly: $unreadOnly) {\n      unreadCount\n      nextCursor\n      items {\n        id\n        kind\n        title\n        body\n        link\n        createdAt\n        readAt\n      }\n    }\n  }\n": types.MyNotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  query SignUpSchools($query: String!) {\n    schools(query: $query, first: 8) {\n      id\n      vestigingscode\n      name\n      city\n    }\n  }\n": types.SignUpSchoolsDocument,
    "\n  query Account {\n    me {\n      id\n      name\n      email\n      role\n      emailVerified\n      schoolVerified\n      school {\n        id\n        name\n        city\n        vestigingscode\n      }\n      company {\n        id\n        name\n        approved\n      }\n    }\n  }\n": types.AccountDocument,
    "\n  mutation LogOutEverywhere {\n    logOutEverywhere\n  }\n": types.LogOutEverywhereDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation LogIn($email: String!, $password: String!) {\n    logIn(email: $email, password: $password) {\n      user {\n        id\n        role\n      }\n    }\n  }\n": types.LogInDocument,
    "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword) {\n      user {\n        id\n        email\n        role\n      }\n    }\n  }\n": types.ResetPasswordDocument,
    "\n  mutation LogInAfterReset($email: String!, $password: String!) {\n    logIn(email: $email, password: $password) {\n      user {\n        id\n      }\n    }\n  }\n": types.LogInAfterResetDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      user {\n        id\n        role\n      }\n    }\n  }\n": types.SignUpDocument,
    "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      user {\n        id\n        email\n        role\n        emailVerified\n        schoolVerified\n        school {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.VerifyEmailDocument,
    "\n  fragment CompanyActivity on Activity {\n    id\n    title\n    description\n    type\n    programme\n    levels\n    targetGroups\n    themes\n    delivery\n    provinces\n    maxTravelKm\n    durationMinutes\n    maxParticipants\n    costEuros\n    startsAt\n    endsAt\n    status\n    averageRating\n    reviewCount\n    location {\n      id\n      name\n      city\n      company {\n        id\n        name\n      }\n    }\n  }\n": types.CompanyActivityFragmentDoc,
    "\n  query MyActivities {\n    myActivities {\n      ...CompanyActivity\n    }\n  }\n": types.MyActivitiesDocument,
    "\n  query OwnActivity($id: ID!) {\n    activity(id: $id) {\n      ...CompanyActivity\n    }\n  }\n": types.OwnActivityDocument,
    "\n  mutation CreateActivity($input: CreateActivityInput!) {\n    createActivity(input: $input) {\n      ...CompanyActivity\n    }\n  }\n": types.CreateActivityDocument,
    "\n  mutation UpdateActivity($id: ID!, $input: UpdateActivityInput!) {\n    updateActivity(id: $id, input: $input) {\n      ...CompanyActivity\n    }\n  }\n": types.UpdateActivityDocument,
    "\n  mutation PublishActivity($id: ID!) {\n    publishActivity(id: $id) {\n      id\n      status\n    }\n  }\n": types.PublishActivityDocument,
    "\n  mutation ArchiveActivity($id: ID!) {\n    archiveActivity(id: $id) {\n      id\n      status\n    }\n  }\n": types.ArchiveActivityDocument,
    "\n  query OwnCompany {\n    me {\n      id\n      emailVerified\n      company {\n        id\n        name\n        approved\n        rejectionReason\n        locations {\n          id\n          name\n          postcode\n          city\n          province\n        }\n      }\n    }\n  }\n": types.OwnCompanyDocument,
    "\n  mutation RespondToBooking($id: ID!, $accept: Boolean!, $message: String) {\n    respondToBooking(id: $id, accept: $accept, message: $message) {\n      id\n      status\n      responseMessage\n      updatedAt\n    }\n  }\n": types.RespondToBookingDocument,
    "\n  query CompanyBookings {\n    myBookings {\n      id\n      status\n      createdAt\n      updatedAt\n      groupSize\n      level\n      sessions\n      fromMatching\n      message\n      preferredDate\n      responseMessage\n      cancelReason\n      cancelledByRole\n      activity {\n        id\n        title\n        startsAt\n      }\n      school {\n        id\n        name\n        city\n      }\n    }\n  }\n": types.CompanyBookingsDocument,
    "\n  mutation AddCompanyLocation($input: CompanyLocationInput!) {\n    addCompanyLocation(input: $input) {\n      id\n      name\n      city\n      postcode\n      province\n    }\n  }\n": types.AddCompanyLocationDocument,
    "\n  mutation UpdateCompany($name: String!) {\n    updateCompany(name: $name) {\n      id\n      name\n      approved\n      rejectionReason\n    }\n  }\n": types.UpdateCompanyDocument,
    "\n  query PartnerCapacity($locationId: ID!, $programme: Programme!) {\n    partnerCapacity(locationId: $locationId, programme: $programme) {\n      slots\n      partnerDistanceKm\n      placed\n      pending\n      used\n    }\n  }\n": types.PartnerCapacityDocument,
    "\n  mutation SetPartnerCapacity(\n    $locationId: ID!\n    $programme: Programme!\n    $slots: Int!\n    $partnerDistanceKm: Float\n  ) {\n    setPartnerCapacity(\n      locationId: $locationId\n      programme: $programme\n      slots: $slots\n      partnerDistanceKm: $partnerDistanceKm\n    ) {\n      slots\n      partnerDistanceKm\n      placed\n      pending\n      used\n    }\n  }\n": types.SetPartnerCapacityDocument,
    "\n  query MySupplyOffers {\n    mySupplyOffers {\n      id\n      type\n      levels\n      themes\n      sessions\n      sessionsRemaining\n      maxTravelKm\n      periodStart\n      periodEnd\n      status\n      reachProvinces\n      createdAt\n      location {\n        id\n        name\n        city\n      }\n      activity {\n        id\n        title\n      }\n    }\n  }\n": types.MySupplyOffersDocument,
    "\n  mutation CreateSupplyOffer($input: CreateSupplyOfferInput!) {\n    createSupplyOffer(input: $input) {\n      id\n      reachProvinces\n    }\n  }\n": types.CreateSupplyOfferDocument,
    "\n  mutation UpdateSupplyOffer($id: ID!, $input: UpdateSupplyOfferInput!) {\n    updateSupplyOffer(id: $id, input: $input) {\n      id\n      type\n      levels\n      themes\n      sessions\n      sessionsRemaining\n      maxTravelKm\n      periodStart\n      periodEnd\n      reachProvinces\n      activity {\n        id\n        title\n      }\n    }\n  }\n": types.UpdateSupplyOfferDocument,
    "\n  mutation WithdrawSupplyOffer($id: ID!) {\n    withdrawSupplyOffer(id: $id) {\n      id\n      status\n    }\n  }\n": types.WithdrawSupplyOfferDocument,
    "\n  query FindSchools($query: String!, $province: Province) {\n    schools(query: $query, province: $province, first: 10) {\n      id\n      name\n      city\n      vestigingscode\n      schoolType\n      levels\n    }\n  }\n": types.FindSchoolsDocument,
    "\n  query ChosenSchool($code: String!) {\n    school(vestigingscode: $code) {\n      id\n      name\n      city\n      vestigingscode\n      province\n      levels\n    }\n  }\n": types.ChosenSchoolDocument,
    "\n  query ActivityForBooking($id: ID!) {\n    activity(id: $id) {\n      id\n      title\n      type\n      status\n      levels\n      maxParticipants\n      location {\n        id\n        city\n        company {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ActivityForBookingDocument,
    "\n  mutation RequestBookingForSchool($input: RequestBookingInput!) {\n    requestBooking(input: $input) {\n      id\n      status\n      school {\n        id\n        name\n      }\n      activity {\n        id\n        title\n      }\n    }\n  }\n": types.RequestBookingForSchoolDocument,
    "\n  query ActivitiesForSchool($input: ActivitySearchInput!) {\n    searchActivities(input: $input) {\n      total\n      hits {\n        distanceKm\n        activity {\n          id\n          title\n          type\n          levels\n          location {\n            id\n            city\n            company {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ActivitiesForSchoolDocument,
    "\n  query RegionBalance($province: Province, $schoolYear: Int) {\n    regionalBalance(province: $province, schoolYear: $schoolYear) {\n      province\n      type\n      level\n      demandSessions\n      supplySessions\n      shortfallSessions\n    }\n  }\n": types.RegionBalanceDocument,
    "\n  query DemandSupply($province: Province!, $includeWithdrawn: Boolean!) {\n    schoolRequests(province: $province, includeWithdrawn: $includeWithdrawn) {\n      id\n      status\n      type\n      levels\n      themes\n      sessions\n      sessionsRemaining\n      periodStart\n      periodEnd\n      createdAt\n      school {\n        id\n        name\n        city\n      }\n    }\n    supplyOffers(province: $province, includeWithdrawn: $includeWithdrawn) {\n      id\n      status\n      type\n      levels\n      themes\n      sessions\n      sessionsRemaining\n      periodStart\n      periodEnd\n      maxTravelKm\n      location {\n        id\n        name\n        city\n        province\n        company {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.DemandSupplyDocument,
    "\n  mutation RunMatching($province: Province!) {\n    runMatching(province: $province) {\n      id\n      status\n      province\n      createdAt\n    }\n  }\n": types.RunMatchingDocument,
    "\n  query MatchRunDetail($id: ID!) {\n    matchRun(id: $id) {\n      id\n      status\n      province\n      createdAt\n      finishedAt\n      demandSessions\n      supplySessions\n      matchedSessions\n      upperBound\n      error\n      proposals {\n        id\n        status\n        sessions\n        distanceKm\n        score\n        reasons\n        bookingId\n        request {\n          id\n          type\n          levels\n          school {\n            id\n            name\n            city\n          }\n        }\n        supply {\n          id\n          location {\n            id\n            name\n            city\n            company {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": types.MatchRunDetailDocument,
    "\n  query MatchRuns($province: Province) {\n    matchRuns(province: $province, limit: 20) {\n      id\n      status\n      createdAt\n      demandSessions\n      matchedSessions\n      upperBound\n    }\n  }\n": types.MatchRunsDocument,
    "\n  mutation DecideProposal($id: ID!, $accept: Boolean!) {\n    decideProposal(id: $id, accept: $accept) {\n      id\n      status\n      bookingId\n    }\n  }\n": types.DecideProposalDocument,
    "\n  mutation CreateSchoolRequestForSchool($input: CreateSchoolRequestInput!) {\n    createSchoolRequest(input: $input) {\n      id\n      sessions\n      type\n      school {\n        id\n        name\n      }\n    }\n  }\n": types.CreateSchoolRequestForSchoolDocument,
    "\n  query CoordinatorCompanies($approved: Boolean, $province: Province, $query: String) {\n    companies(approved: $approved, province: $province, query: $query) {\n      id\n      name\n      approved\n      rejectionReason\n      locations {\n        id\n        name\n        city\n        province\n      }\n    }\n  }\n": types.CoordinatorCompaniesDocument,
    "\n  mutation ApproveCompany($id: ID!) {\n    approveCompany(id: $id) {\n      id\n      approved\n      rejectionReason\n    }\n  }\n": types.ApproveCompanyDocument,
    "\n  mutation RejectCompany($id: ID!, $reason: String!) {\n    rejectCompany(id: $id, reason: $reason) {\n      id\n      approved\n      rejectionReason\n    }\n  }\n": types.RejectCompanyDocument,
    "\n  query CoordinatorReach($schoolYear: Int!, $programme: Programme, $province: Province) {\n    reachReport(schoolYear: $schoolYear, programme: $programme, province: $province) {\n      schoolYear\n      rows {\n        province\n        programme\n        schoolsReached\n        schoolsNotReached\n        repeatSchools\n        activitiesGiven\n        pupilsReached\n        companiesActive\n        averageRating\n        waitingAtYearEnd\n      }\n    }\n  }\n": types.CoordinatorReachDocument,
    "\n  query UnreachedSchools($schoolYear: Int!, $province: Province!) {\n    unreachedSchools(schoolYear: $schoolYear, province: $province) {\n      nearestSupplyKm\n      school {\n        id\n        name\n        city\n        vestigingscode\n        location {\n          lat\n          lon\n        }\n      }\n    }\n  }\n": types.UnreachedSchoolsDocument,
    "\n  fragment WaitlistEntryFields on WaitlistEntry {\n    id\n    status\n    priority\n    position\n    joinedAt\n    placedAt\n    programme\n    province\n    school {\n      id\n      name\n      city\n      vestigingscode\n    }\n    currentOffer {\n      id\n      createdAt\n      expiresAt\n      location {\n        id\n        name\n        city\n        company {\n          id\n          name\n        }\n      }\n    }\n    partner {\n      id\n      name\n      city\n      company {\n        id\n        name\n      }\n    }\n    events {\n      at\n      kind\n      actorRole\n      note\n    }\n  }\n": types.WaitlistEntryFieldsFragmentDoc,
    "\n  query CoordinatorWaitlist($programme: Programme!, $province: Province, $statuses: [WaitlistStatus!]) {\n    waitlist(programme: $programme, province: $province, statuses: $statuses) {\n      ...WaitlistEntryFields\n    }\n  }\n": types.CoordinatorWaitlistDocument,
    "\n  mutation PrioritizeWaitlistEntry($entryId: ID!, $priority: Int!, $reason: String!) {\n    prioritizeWaitlistEntry(entryId: $entryId, priority: $priority, reason: $reason) {\n      ...WaitlistEntryFields\n    }\n  }\n": types.PrioritizeWaitlistEntryDocument,
    "\n  mutation PlaceWaitlistEntry($entryId: ID!, $locationId: ID!, $reason: String!) {\n    placeWaitlistEntry(entryId: $entryId, locationId: $locationId, reason: $reason) {\n      ...WaitlistEntryFields\n    }\n  }\n": types.PlaceWaitlistEntryDocument,
    "\n  query PlacementLocations($province: Province, $query: String) {\n    companies(approved: true, province: $province, query: $query) {\n      id\n      name\n      locations {\n        id\n        name\n        city\n        province\n      }\n    }\n  }\n": types.PlacementLocationsDocument,
    "\n  query LocationPartnerCapacity($locationId: ID!, $programme: Programme!) {\n    partnerCapacity(locationId: $locationId, programme: $programme) {\n      slots\n      used\n      placed\n      pending\n      partnerDistanceKm\n    }\n  }\n": types.LocationPartnerCapacityDocument,
    "\n  query ActivityPage($id: ID!) {\n    activity(id: $id) {\n      id\n      title\n      description\n      status\n      type\n      levels\n      targetGroups\n      themes\n      programme\n      delivery\n      provinces\n      costEuros\n      durationMinutes\n      maxParticipants\n      startsAt\n      endsAt\n      averageRating\n      reviewCount\n      location {\n        id\n        name\n        city\n        postcode\n        location {\n          lat\n          lon\n        }\n        company {\n          id\n          name\n        }\n      }\n      reviews(first: 20) {\n        id\n        rating\n        comment\n        createdAt\n        schoolCity\n        level\n      }\n    }\n  }\n": types.ActivityPageDocument,
    "\n  query SearchActivities($input: ActivitySearchInput!) {\n    searchActivities(input: $input) {\n      total\n      page\n      pageSize\n      hits {\n        distanceKm\n        highlight\n        activity {\n          id\n          title\n          description\n          type\n          levels\n          delivery\n          costEuros\n          startsAt\n          averageRating\n          reviewCount\n          location {\n            id\n            city\n            location {\n              lat\n              lon\n            }\n            company {\n              id\n              name\n            }\n          }\n        }\n      }\n      facets {\n        field\n        values {\n          value\n          count\n        }\n      }\n    }\n  }\n": types.SearchActivitiesDocument,
    "\n  query SearchTotal($input: ActivitySearchInput!) {\n    searchActivities(input: $input) {\n      total\n    }\n  }\n": types.SearchTotalDocument,
    "\n  query PublicMySchool {\n    me {\n      id\n      school {\n        id\n        name\n        vestigingscode\n        location {\n          lat\n          lon\n        }\n      }\n    }\n  }\n": types.PublicMySchoolDocument,
    "\n  fragment TeacherBooking on Booking {\n    id\n    status\n    level\n    groupSize\n    sessions\n    preferredDate\n    message\n    responseMessage\n    cancelReason\n    cancelledByRole\n    fromMatching\n    createdAt\n    updatedAt\n    school {\n      id\n      city\n    }\n    activity {\n      id\n      title\n      type\n      startsAt\n      endsAt\n      location {\n        id\n        name\n        city\n        company {\n          id\n          name\n        }\n      }\n    }\n    review {\n      id\n      rating\n      comment\n    }\n  }\n": types.TeacherBookingFragmentDoc,
    "\n  query PendingColleagues {\n    pendingTeachers {\n      id\n      name\n      email\n      school {\n        id\n        name\n      }\n    }\n  }\n": types.PendingColleaguesDocument,
    "\n  mutation ApproveColleague($userId: ID!) {\n    approveTeacher(userId: $userId) {\n      id\n      schoolVerified\n    }\n  }\n": types.ApproveColleagueDocument,
    "\n  query MyBookings($status: BookingStatus) {\n    myBookings(status: $status) {\n      ...TeacherBooking\n    }\n  }\n": types.MyBookingsDocument,
    "\n  mutation CancelBooking($id: ID!, $reason: String) {\n    cancelBooking(id: $id, reason: $reason) {\n      id\n      status\n      cancelReason\n      cancelledByRole\n      updatedAt\n    }\n  }\n": types.CancelBookingDocument,
    "\n  mutation CompleteBooking($id: ID!) {\n    completeBooking(id: $id) {\n      id\n      status\n      updatedAt\n    }\n  }\n": types.CompleteBookingDocument,
    "\n  mutation ReviewActivity($activityId: ID!, $bookingId: ID, $rating: Int!, $comment: String) {\n    reviewActivity(activityId: $activityId, bookingId: $bookingId, rating: $rating, comment: $comment) {\n      id\n      rating\n      activity {\n        id\n        reviewCount\n        averageRating\n      }\n    }\n  }\n": types.ReviewActivityDocument,
    "\n  query RequestActivity($id: ID!) {\n    activity(id: $id) {\n      id\n      title\n      description\n      type\n      status\n      levels\n      maxParticipants\n      startsAt\n      endsAt\n      durationMinutes\n      costEuros\n      delivery\n      location {\n        id\n        name\n        city\n        company {\n          id\n          name\n        }\n      }\n    }\n    me {\n      id\n      school {\n        id\n        name\n        levels\n      }\n    }\n  }\n": types.RequestActivityDocument,
    "\n  mutation RequestBooking($input: RequestBookingInput!) {\n    requestBooking(input: $input) {\n      id\n      status\n    }\n  }\n": types.RequestBookingDocument,
    "\n  query MySchoolRequests {\n    me {\n      id\n      school {\n        id\n        name\n        levels\n      }\n    }\n    mySchoolRequests {\n      ...TeacherSchoolRequest\n    }\n  }\n": types.MySchoolRequestsDocument,
    "\n  fragment TeacherSchoolRequest on SchoolRequest {\n    id\n    type\n    levels\n    themes\n    sessions\n    sessionsRemaining\n    periodStart\n    periodEnd\n    status\n    createdAt\n  }\n": types.TeacherSchoolRequestFragmentDoc,
    "\n  mutation CreateSchoolRequest($input: CreateSchoolRequestInput!) {\n    createSchoolRequest(input: $input) {\n      ...TeacherSchoolRequest\n    }\n  }\n": types.CreateSchoolRequestDocument,
    "\n  mutation UpdateSchoolRequest($id: ID!, $input: UpdateSchoolRequestInput!) {\n    updateSchoolRequest(id: $id, input: $input) {\n      ...TeacherSchoolRequest\n    }\n  }\n": types.UpdateSchoolRequestDocument,
    "\n  mutation WithdrawSchoolRequest($id: ID!) {\n    withdrawSchoolRequest(id: $id) {\n      ...TeacherSchoolRequest\n    }\n  }\n": types.WithdrawSchoolRequestDocument,
    "\n  query TeacherHome {\n    myBookings {\n      ...TeacherBooking\n    }\n    myWaitlistEntries {\n      id\n      programme\n      status\n      currentOffer {\n        id\n        status\n        expiresAt\n        location {\n          id\n          name\n          city\n          company {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.TeacherHomeDocument,
    "\n  fragment TeacherWaitlistEntry on WaitlistEntry {\n    id\n    programme\n    province\n    status\n    position\n    expectedWaitDays\n    joinedAt\n    placedAt\n    partner {\n      id\n      name\n      city\n      company {\n        id\n        name\n      }\n    }\n    currentOffer {\n      id\n      createdAt\n      expiresAt\n      status\n      location {\n        id\n        name\n        city\n        company {\n          id\n          name\n        }\n      }\n    }\n    events {\n      at\n      kind\n      actorRole\n      note\n    }\n  }\n": types.TeacherWaitlistEntryFragmentDoc,
    "\n  query MyWaitlist {\n    me {\n      id\n      school {\n        id\n        name\n        levels\n        province\n      }\n    }\n    myWaitlistEntries {\n      ...TeacherWaitlistEntry\n    }\n  }\n": types.MyWaitlistDocument,
    "\n  mutation JoinWaitlist($programme: Programme!) {\n    joinWaitlist(programme: $programme) {\n      ...TeacherWaitlistEntry\n    }\n  }\n": types.JoinWaitlistDocument,
    "\n  mutation WithdrawFromWaitlist($entryId: ID!, $reason: String) {\n    withdrawFromWaitlist(entryId: $entryId, reason: $reason) {\n      ...TeacherWaitlistEntry\n    }\n  }\n": types.WithdrawFromWaitlistDocument,
    "\n  mutation RespondToPartnerOffer($offerId: ID!, $accept: Boolean!) {\n    respondToPartnerOffer(offerId: $offerId, accept: $accept) {\n      ...TeacherWaitlistEntry\n    }\n  }\n": types.RespondToPartnerOfferDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadCount {\n    myNotifications(first: 1, unreadOnly: true) {\n      unreadCount\n    }\n  }\n"): (typeof documents)["\n  query UnreadCount {\n    myNotifications(first: 1, unreadOnly: true) {\n      unreadCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      email\n      name\n      role\n      emailVerified\n      schoolVerified\n      provinces\n      programmes\n      school {\n        id\n        name\n        city\n      }\n      company {\n        id\n        name\n        approved\n      }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      email\n      name\n      role\n      emailVerified\n      schoolVerified\n      provinces\n      programmes\n      school {\n        id\n        name\n        city\n      }\n      company {\n        id\n        name\n        approved\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogOut {\n    logOut\n  }\n"): (typeof documents)["\n  mutation LogOut {\n    logOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Coordinators {\n    coordinators {\n      id\n      name\n      email\n      provinces\n      programmes\n    }\n  }\n"): (typeof documents)["\n  query Coordinators {\n    coordinators {\n      id\n      name\n      email\n      provinces\n      programmes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCoordinator($input: CreateCoordinatorInput!) {\n    createCoordinator(input: $input) {\n      id\n      name\n      email\n      provinces\n      programmes\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCoordinator($input: CreateCoordinatorInput!) {\n    createCoordinator(input: $input) {\n      id\n      name\n      email\n      provinces\n      programmes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SchoolImportFields on SchoolImportRun {\n    id\n    source\n    fileName\n    state\n    rowsTotal\n    rowsRead\n    rowsImported\n    rowsFailed\n    inserted\n    updated\n    unchanged\n    error\n    createdAt\n    startedAt\n    finishedAt\n    failures {\n      line\n      vestigingscode\n      message\n    }\n  }\n"): (typeof documents)["\n  fragment SchoolImportFields on SchoolImportRun {\n    id\n    source\n    fileName\n    state\n    rowsTotal\n    rowsRead\n    rowsImported\n    rowsFailed\n    inserted\n    updated\n    unchanged\n    error\n    createdAt\n    startedAt\n    finishedAt\n    failures {\n      line\n      vestigingscode\n      message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SchoolImports($limit: Int!) {\n    schoolImports(limit: $limit) {\n      ...SchoolImportFields\n    }\n  }\n"): (typeof documents)["\n  query SchoolImports($limit: Int!) {\n    schoolImports(limit: $limit) {\n      ...SchoolImportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartSchoolImport($source: SchoolImportSource!) {\n    startSchoolImport(source: $source) {\n      ...SchoolImportFields\n    }\n  }\n"): (typeof documents)["\n  mutation StartSchoolImport($source: SchoolImportSource!) {\n    startSchoolImport(source: $source) {\n      ...SchoolImportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmailSettings {\n    me {\n      id\n      role\n      emailOffKinds\n    }\n  }\n"): (typeof documents)["\n  query EmailSettings {\n    me {\n      id\n      role\n      emailOffKinds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetEmailNotifications($kinds: [NotificationKind!]!, $enabled: Boolean!) {\n    setEmailNotifications(kinds: $kinds, enabled: $enabled) {\n      id\n      emailOffKinds\n    }\n  }\n"): (typeof documents)["\n  mutation SetEmailNotifications($kinds: [NotificationKind!]!, $enabled: Boolean!) {\n    setEmailNotifications(kinds: $kinds, enabled: $enabled) {\n      id\n      emailOffKinds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyNotifications($after: String, $unreadOnly: Boolean) {\n    myNotifications(first: 20, after: $after, unreadOnly: $unreadOnly) {\n      unreadCount\n      nextCursor\n      items {\n        id\n        kind\n        title\n        body\n        link\n        createdAt\n        readAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyNotifications($after: String, $unreadOnly: Boolean) {\n    myNotifications(first: 20, after: $after, unreadOnly: $unreadOnly) {\n      unreadCount\n      nextCursor\n      items {\n        id\n        kind\n        title\n        body\n        link\n        createdAt\n        readAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignUpSchools($query: String!) {\n    schools(query: $query, first: 8) {\n      id\n      vestigingscode\n      name\n      city\n    }\n  }\n"): (typeof documents)["\n  query SignUpSchools($query: String!) {\n    schools(query: $query, first: 8) {\n      id\n      vestigingscode\n      name\n      city\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Account {\n    me {\n      id\n      name\n      email\n      role\n      emailVerified\n      schoolVerified\n      school {\n        id\n        name\n        city\n        vestigingscode\n      }\n      company {\n        id\n        name\n        approved\n      }\n    }\n  }\n"): (typeof documents)["\n  query Account {\n    me {\n      id\n      name\n      email\n      role\n      emailVerified\n      schoolVerified\n      school {\n        id\n        name\n        city\n        vestigingscode\n      }\n      company {\n        id\n        name\n        approved\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogOutEverywhere {\n    logOutEverywhere\n  }\n"): (typeof documents)["\n  mutation LogOutEverywhere {\n    logOutEverywhere\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogIn($email: String!, $password: String!) {\n    logIn(email: $email, password: $password) {\n      user {\n        id\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LogIn($email: String!, $password: String!) {\n    logIn(email: $email, password: $password) {\n      user {\n        id\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword) {\n      user {\n        id\n        email\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword) {\n      user {\n        id\n        email\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogInAfterReset($email: String!, $password: String!) {\n    logIn(email: $email, password: $password) {\n      user {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LogInAfterReset($email: String!, $password: String!) {\n    logIn(email: $email, password: $password) {\n      user {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      user {\n        id\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      user {\n        id\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      user {\n        id\n        email\n        role\n        emailVerified\n        schoolVerified\n        school {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      user {\n        id\n        email\n        role\n        emailVerified\n        schoolVerified\n        school {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CompanyActivity on Activity {\n    id\n    title\n    description\n    type\n    programme\n    levels\n    targetGroups\n    themes\n    delivery\n    provinces\n    maxTravelKm\n    durationMinutes\n    maxParticipants\n    costEuros\n    startsAt\n    endsAt\n    status\n    averageRating\n    reviewCount\n    location {\n      id\n      name\n      city\n      company {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment CompanyActivity on Activity {\n    id\n    title\n    description\n    type\n    programme\n    levels\n    targetGroups\n    themes\n    delivery\n    provinces\n    maxTravelKm\n    durationMinutes\n    maxParticipants\n    costEuros\n    startsAt\n    endsAt\n    status\n    averageRating\n    reviewCount\n    location {\n      id\n      name\n      city\n      company {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyActivities {\n    myActivities {\n      ...CompanyActivity\n    }\n  }\n"): (typeof documents)["\n  query MyActivities {\n    myActivities {\n      ...CompanyActivity\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OwnActivity($id: ID!) {\n    activity(id: $id) {\n      ...CompanyActivity\n    }\n  }\n"): (typeof documents)["\n  query OwnActivity($id: ID!) {\n    activity(id: $id) {\n      ...CompanyActivity\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateActivity($input: CreateActivityInput!) {\n    createActivity(input: $input) {\n      ...CompanyActivity\n    }\n  }\n"): (typeof documents)["\n  mutation CreateActivity($input: CreateActivityInput!) {\n    createActivity(input: $input) {\n      ...CompanyActivity\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateActivity($id: ID!, $input: UpdateActivityInput!) {\n    updateActivity(id: $id, input: $input) {\n      ...CompanyActivity\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateActivity($id: ID!, $input: UpdateActivityInput!) {\n    updateActivity(id: $id, input: $input) {\n      ...CompanyActivity\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishActivity($id: ID!) {\n    publishActivity(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation PublishActivity($id: ID!) {\n    publishActivity(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveActivity($id: ID!) {\n    archiveActivity(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveActivity($id: ID!) {\n    archiveActivity(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OwnCompany {\n    me {\n      id\n      emailVerified\n      company {\n        id\n        name\n        approved\n        rejectionReason\n        locations {\n          id\n          name\n          postcode\n          city\n          province\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OwnCompany {\n    me {\n      id\n      emailVerified\n      company {\n        id\n        name\n        approved\n        rejectionReason\n        locations {\n          id\n          name\n          postcode\n          city\n          province\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RespondToBooking($id: ID!, $accept: Boolean!, $message: String) {\n    respondToBooking(id: $id, accept: $accept, message: $message) {\n      id\n      status\n      responseMessage\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RespondToBooking($id: ID!, $accept: Boolean!, $message: String) {\n    respondToBooking(id: $id, accept: $accept, message: $message) {\n      id\n      status\n      responseMessage\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompanyBookings {\n    myBookings {\n      id\n      status\n      createdAt\n      updatedAt\n      groupSize\n      level\n      sessions\n      fromMatching\n      message\n      preferredDate\n      responseMessage\n      cancelReason\n      cancelledByRole\n      activity {\n        id\n        title\n        startsAt\n      }\n      school {\n        id\n        name\n        city\n      }\n    }\n  }\n"): (typeof documents)["\n  query CompanyBookings {\n    myBookings {\n      id\n      status\n      createdAt\n      updatedAt\n      groupSize\n      level\n      sessions\n      fromMatching\n      message\n      preferredDate\n      responseMessage\n      cancelReason\n      cancelledByRole\n      activity {\n        id\n        title\n        startsAt\n      }\n      school {\n        id\n        name\n        city\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddCompanyLocation($input: CompanyLocationInput!) {\n    addCompanyLocation(input: $input) {\n      id\n      name\n      city\n      postcode\n      province\n    }\n  }\n"): (typeof documents)["\n  mutation AddCompanyLocation($input: CompanyLocationInput!) {\n    addCompanyLocation(input: $input) {\n      id\n      name\n      city\n      postcode\n      province\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCompany($name: String!) {\n    updateCompany(name: $name) {\n      id\n      name\n      approved\n      rejectionReason\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCompany($name: String!) {\n    updateCompany(name: $name) {\n      id\n      name\n      approved\n      rejectionReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerCapacity($locationId: ID!, $programme: Programme!) {\n    partnerCapacity(locationId: $locationId, programme: $programme) {\n      slots\n      partnerDistanceKm\n      placed\n      pending\n      used\n    }\n  }\n"): (typeof documents)["\n  query PartnerCapacity($locationId: ID!, $programme: Programme!) {\n    partnerCapacity(locationId: $locationId, programme: $programme) {\n      slots\n      partnerDistanceKm\n      placed\n      pending\n      used\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPartnerCapacity(\n    $locationId: ID!\n    $programme: Programme!\n    $slots: Int!\n    $partnerDistanceKm: Float\n  ) {\n    setPartnerCapacity(\n      locationId: $locationId\n      programme: $programme\n      slots: $slots\n      partnerDistanceKm: $partnerDistanceKm\n    ) {\n      slots\n      partnerDistanceKm\n      placed\n      pending\n      used\n    }\n  }\n"): (typeof documents)["\n  mutation SetPartnerCapacity(\n    $locationId: ID!\n    $programme: Programme!\n    $slots: Int!\n    $partnerDistanceKm: Float\n  ) {\n    setPartnerCapacity(\n      locationId: $locationId\n      programme: $programme\n      slots: $slots\n      partnerDistanceKm: $partnerDistanceKm\n    ) {\n      slots\n      partnerDistanceKm\n      placed\n      pending\n      used\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySupplyOffers {\n    mySupplyOffers {\n      id\n      type\n      levels\n      themes\n      sessions\n      sessionsRemaining\n      maxTravelKm\n      periodStart\n      periodEnd\n      status\n      reachProvinces\n      createdAt\n      location {\n        id\n        name\n        city\n      }\n      activity {\n        id\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  query MySupplyOffers {\n    mySupplyOffers {\n      id\n      type\n      levels\n      themes\n      sessions\n      sessionsRemaining\n      maxTravelKm\n      periodStart\n      periodEnd\n      status\n      reachProvinces\n      createdAt\n      location {\n        id\n        name\n        city\n      }\n      activity {\n        id\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSupplyOffer($input: CreateSupplyOfferInput!) {\n    createSupplyOffer(input: $input) {\n      id\n      reachProvinces\n    }\n  }\n"): (typeof documents)["\n  mutation CreateSupplyOffer($input: CreateSupplyOfferInput!) {\n    createSupplyOffer(input: $input) {\n      id\n      reachProvinces\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSupplyOffer($id: ID!, $input: UpdateSupplyOfferInput!) {\n    updateSupplyOffer(id: $id, input: $input) {\n      id\n      type\n      levels\n      themes\n      sessions\n      sessionsRemaining\n      maxTravelKm\n      periodStart\n      periodEnd\n      reachProvinces\n      activity {\n        id\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSupplyOffer($id: ID!, $input: UpdateSupplyOfferInput!) {\n    updateSupplyOffer(id: $id, input: $input) {\n      id\n      type\n      levels\n      themes\n      sessions\n      sessionsRemaining\n      maxTravelKm\n      periodStart\n      periodEnd\n      reachProvinces\n      activity {\n        id\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawSupplyOffer($id: ID!) {\n    withdrawSupplyOffer(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawSupplyOffer($id: ID!) {\n    withdrawSupplyOffer(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FindSchools($query: String!, $province: Province) {\n    schools(query: $query, province: $province, first: 10) {\n      id\n      name\n      city\n      vestigingscode\n      schoolType\n      levels\n    }\n  }\n"): (typeof documents)["\n  query FindSchools($query: String!, $province: Province) {\n    schools(query: $query, province: $province, first: 10) {\n      id\n      name\n      city\n      vestigingscode\n      schoolType\n      levels\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChosenSchool($code: String!) {\n    school(vestigingscode: $code) {\n      id\n      name\n      city\n      vestigingscode\n      province\n      levels\n    }\n  }\n"): (typeof documents)["\n  query ChosenSchool($code: String!) {\n    school(vestigingscode: $code) {\n      id\n      name\n      city\n      vestigingscode\n      province\n      levels\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActivityForBooking($id: ID!) {\n    activity(id: $id) {\n      id\n      title\n      type\n      status\n      levels\n      maxParticipants\n      location {\n        id\n        city\n        company {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ActivityForBooking($id: ID!) {\n    activity(id: $id) {\n      id\n      title\n      type\n      status\n      levels\n      maxParticipants\n      location {\n        id\n        city\n        company {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestBookingForSchool($input: RequestBookingInput!) {\n    requestBooking(input: $input) {\n      id\n      status\n      school {\n        id\n        name\n      }\n      activity {\n        id\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RequestBookingForSchool($input: RequestBookingInput!) {\n    requestBooking(input: $input) {\n      id\n      status\n      school {\n        id\n        name\n      }\n      activity {\n        id\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActivitiesForSchool($input: ActivitySearchInput!) {\n    searchActivities(input: $input) {\n      total\n      hits {\n        distanceKm\n        activity {\n          id\n          title\n          type\n          levels\n          location {\n            id\n            city\n            company {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ActivitiesForSchool($input: ActivitySearchInput!) {\n    searchActivities(input: $input) {\n      total\n      hits {\n        distanceKm\n        activity {\n          id\n          title\n          type\n          levels\n          location {\n            id\n            city\n            company {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionBalance($province: Province, $schoolYear: Int) {\n    regionalBalance(province: $province, schoolYear: $schoolYear) {\n      province\n      type\n      level\n      demandSessions\n      supplySessions\n      shortfallSessions\n    }\n  }\n"): (typeof documents)["\n  query RegionBalance($province: Province, $schoolYear: Int) {\n    regionalBalance(province: $province, schoolYear: $schoolYear) {\n      province\n      type\n      level\n      demandSessions\n      supplySessions\n      shortfallSessions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemandSupply($province: Province!, $includeWithdrawn: Boolean!) {\n    schoolRequests(province: $province, includeWithdrawn: $includeWithdrawn) {\n      id\n      status\n      type\n      levels\n      themes\n      sessions\n      sessionsRemaining\n      periodStart\n      periodEnd\n      createdAt\n      school {\n        id\n        name\n        city\n      }\n    }\n    supplyOffers(province: $province, includeWithdrawn: $includeWithdrawn) {\n      id\n      status\n      type\n      levels\n      themes\n      sessions\n      sessionsRemaining\n      periodStart\n      periodEnd\n      maxTravelKm\n      location {\n        id\n        name\n        city\n        province\n        company {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DemandSupply($province: Province!, $includeWithdrawn: Boolean!) {\n    schoolRequests(province: $province, includeWithdrawn: $includeWithdrawn) {\n      id\n      status\n      type\n      levels\n      themes\n      sessions\n      sessionsRemaining\n      periodStart\n      periodEnd\n      createdAt\n      school {\n        id\n        name\n        city\n      }\n    }\n    supplyOffers(province: $province, includeWithdrawn: $includeWithdrawn) {\n      id\n      status\n      type\n      levels\n      themes\n      sessions\n      sessionsRemaining\n      periodStart\n      periodEnd\n      maxTravelKm\n      location {\n        id\n        name\n        city\n        province\n        company {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RunMatching($province: Province!) {\n    runMatching(province: $province) {\n      id\n      status\n      province\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  mutation RunMatching($province: Province!) {\n    runMatching(province: $province) {\n      id\n      status\n      province\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatchRunDetail($id: ID!) {\n    matchRun(id: $id) {\n      id\n      status\n      province\n      createdAt\n      finishedAt\n      demandSessions\n      supplySessions\n      matchedSessions\n      upperBound\n      error\n      proposals {\n        id\n        status\n        sessions\n        distanceKm\n        score\n        reasons\n        bookingId\n        request {\n          id\n          type\n          levels\n          school {\n            id\n            name\n            city\n          }\n        }\n        supply {\n          id\n          location {\n            id\n            name\n            city\n            company {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MatchRunDetail($id: ID!) {\n    matchRun(id: $id) {\n      id\n      status\n      province\n      createdAt\n      finishedAt\n      demandSessions\n      supplySessions\n      matchedSessions\n      upperBound\n      error\n      proposals {\n        id\n        status\n        sessions\n        distanceKm\n        score\n        reasons\n        bookingId\n        request {\n          id\n          type\n          levels\n          school {\n            id\n            name\n            city\n          }\n        }\n        supply {\n          id\n          location {\n            id\n            name\n            city\n            company {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatchRuns($province: Province) {\n    matchRuns(province: $province, limit: 20) {\n      id\n      status\n      createdAt\n      demandSessions\n      matchedSessions\n      upperBound\n    }\n  }\n"): (typeof documents)["\n  query MatchRuns($province: Province) {\n    matchRuns(province: $province, limit: 20) {\n      id\n      status\n      createdAt\n      demandSessions\n      matchedSessions\n      upperBound\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideProposal($id: ID!, $accept: Boolean!) {\n    decideProposal(id: $id, accept: $accept) {\n      id\n      status\n      bookingId\n    }\n  }\n"): (typeof documents)["\n  mutation DecideProposal($id: ID!, $accept: Boolean!) {\n    decideProposal(id: $id, accept: $accept) {\n      id\n      status\n      bookingId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSchoolRequestForSchool($input: CreateSchoolRequestInput!) {\n    createSchoolRequest(input: $input) {\n      id\n      sessions\n      type\n      school {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateSchoolRequestForSchool($input: CreateSchoolRequestInput!) {\n    createSchoolRequest(input: $input) {\n      id\n      sessions\n      type\n      school {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoordinatorCompanies($approved: Boolean, $province: Province, $query: String) {\n    companies(approved: $approved, province: $province, query: $query) {\n      id\n      name\n      approved\n      rejectionReason\n      locations {\n        id\n        name\n        city\n        province\n      }\n    }\n  }\n"): (typeof documents)["\n  query CoordinatorCompanies($approved: Boolean, $province: Province, $query: String) {\n    companies(approved: $approved, province: $province, query: $query) {\n      id\n      name\n      approved\n      rejectionReason\n      locations {\n        id\n        name\n        city\n        province\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveCompany($id: ID!) {\n    approveCompany(id: $id) {\n      id\n      approved\n      rejectionReason\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveCompany($id: ID!) {\n    approveCompany(id: $id) {\n      id\n      approved\n      rejectionReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectCompany($id: ID!, $reason: String!) {\n    rejectCompany(id: $id, reason: $reason) {\n      id\n      approved\n      rejectionReason\n    }\n  }\n"): (typeof documents)["\n  mutation RejectCompany($id: ID!, $reason: String!) {\n    rejectCompany(id: $id, reason: $reason) {\n      id\n      approved\n      rejectionReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoordinatorReach($schoolYear: Int!, $programme: Programme, $province: Province) {\n    reachReport(schoolYear: $schoolYear, programme: $programme, province: $province) {\n      schoolYear\n      rows {\n        province\n        programme\n        schoolsReached\n        schoolsNotReached\n        repeatSchools\n        activitiesGiven\n        pupilsReached\n        companiesActive\n        averageRating\n        waitingAtYearEnd\n      }\n    }\n  }\n"): (typeof documents)["\n  query CoordinatorReach($schoolYear: Int!, $programme: Programme, $province: Province) {\n    reachReport(schoolYear: $schoolYear, programme: $programme, province: $province) {\n      schoolYear\n      rows {\n        province\n        programme\n        schoolsReached\n        schoolsNotReached\n        repeatSchools\n        activitiesGiven\n        pupilsReached\n        companiesActive\n        averageRating\n        waitingAtYearEnd\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreachedSchools($schoolYear: Int!, $province: Province!) {\n    unreachedSchools(schoolYear: $schoolYear, province: $province) {\n      nearestSupplyKm\n      school {\n        id\n        name\n        city\n        vestigingscode\n        location {\n          lat\n          lon\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query UnreachedSchools($schoolYear: Int!, $province: Province!) {\n    unreachedSchools(schoolYear: $schoolYear, province: $province) {\n      nearestSupplyKm\n      school {\n        id\n        name\n        city\n        vestigingscode\n        location {\n          lat\n          lon\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WaitlistEntryFields on WaitlistEntry {\n    id\n    status\n    priority\n    position\n    joinedAt\n    placedAt\n    programme\n    province\n    school {\n      id\n      name\n      city\n      vestigingscode\n    }\n    currentOffer {\n      id\n      createdAt\n      expiresAt\n      location {\n        id\n        name\n        city\n        company {\n          id\n          name\n        }\n      }\n    }\n    partner {\n      id\n      name\n      city\n      company {\n        id\n        name\n      }\n    }\n    events {\n      at\n      kind\n      actorRole\n      note\n    }\n  }\n"): (typeof documents)["\n  fragment WaitlistEntryFields on WaitlistEntry {\n    id\n    status\n    priority\n    position\n    joinedAt\n    placedAt\n    programme\n    province\n    school {\n      id\n      name\n      city\n      vestigingscode\n    }\n    currentOffer {\n      id\n      createdAt\n      expiresAt\n      location {\n        id\n        name\n        city\n        company {\n          id\n          name\n        }\n      }\n    }\n    partner {\n      id\n      name\n      city\n      company {\n        id\n        name\n      }\n    }\n    events {\n      at\n      kind\n      actorRole\n      note\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoordinatorWaitlist($programme: Programme!, $province: Province, $statuses: [WaitlistStatus!]) {\n    waitlist(programme: $programme, province: $province, statuses: $statuses) {\n      ...WaitlistEntryFields\n    }\n  }\n"): (typeof documents)["\n  query CoordinatorWaitlist($programme: Programme!, $province: Province, $statuses: [WaitlistStatus!]) {\n    waitlist(programme: $programme, province: $province, statuses: $statuses) {\n      ...WaitlistEntryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PrioritizeWaitlistEntry($entryId: ID!, $priority: Int!, $reason: String!) {\n    prioritizeWaitlistEntry(entryId: $entryId, priority: $priority, reason: $reason) {\n      ...WaitlistEntryFields\n    }\n  }\n"): (typeof documents)["\n  mutation PrioritizeWaitlistEntry($entryId: ID!, $priority: Int!, $reason: String!) {\n    prioritizeWaitlistEntry(entryId: $entryId, priority: $priority, reason: $reason) {\n      ...WaitlistEntryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlaceWaitlistEntry($entryId: ID!, $locationId: ID!, $reason: String!) {\n    placeWaitlistEntry(entryId: $entryId, locationId: $locationId, reason: $reason) {\n      ...WaitlistEntryFields\n    }\n  }\n"): (typeof documents)["\n  mutation PlaceWaitlistEntry($entryId: ID!, $locationId: ID!, $reason: String!) {\n    placeWaitlistEntry(entryId: $entryId, locationId: $locationId, reason: $reason) {\n      ...WaitlistEntryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlacementLocations($province: Province, $query: String) {\n    companies(approved: true, province: $province, query: $query) {\n      id\n      name\n      locations {\n        id\n        name\n        city\n        province\n      }\n    }\n  }\n"): (typeof documents)["\n  query PlacementLocations($province: Province, $query: String) {\n    companies(approved: true, province: $province, query: $query) {\n      id\n      name\n      locations {\n        id\n        name\n        city\n        province\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LocationPartnerCapacity($locationId: ID!, $programme: Programme!) {\n    partnerCapacity(locationId: $locationId, programme: $programme) {\n      slots\n      used\n      placed\n      pending\n      partnerDistanceKm\n    }\n  }\n"): (typeof documents)["\n  query LocationPartnerCapacity($locationId: ID!, $programme: Programme!) {\n    partnerCapacity(locationId: $locationId, programme: $programme) {\n      slots\n      used\n      placed\n      pending\n      partnerDistanceKm\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActivityPage($id: ID!) {\n    activity(id: $id) {\n      id\n      title\n      description\n      status\n      type\n      levels\n      targetGroups\n      themes\n      programme\n      delivery\n      provinces\n      costEuros\n      durationMinutes\n      maxParticipants\n      startsAt\n      endsAt\n      averageRating\n      reviewCount\n      location {\n        id\n        name\n        city\n        postcode\n        location {\n          lat\n          lon\n        }\n        company {\n          id\n          name\n        }\n      }\n      reviews(first: 20) {\n        id\n        rating\n        comment\n        createdAt\n        schoolCity\n        level\n      }\n    }\n  }\n"): (typeof documents)["\n  query ActivityPage($id: ID!) {\n    activity(id: $id) {\n      id\n      title\n      description\n      status\n      type\n      levels\n      targetGroups\n      themes\n      programme\n      delivery\n      provinces\n      costEuros\n      durationMinutes\n      maxParticipants\n      startsAt\n      endsAt\n      averageRating\n      reviewCount\n      location {\n        id\n        name\n        city\n        postcode\n        location {\n          lat\n          lon\n        }\n        company {\n          id\n          name\n        }\n      }\n      reviews(first: 20) {\n        id\n        rating\n        comment\n        createdAt\n        schoolCity\n        level\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchActivities($input: ActivitySearchInput!) {\n    searchActivities(input: $input) {\n      total\n      page\n      pageSize\n      hits {\n        distanceKm\n        highlight\n        activity {\n          id\n          title\n          description\n          type\n          levels\n          delivery\n          costEuros\n          startsAt\n          averageRating\n          reviewCount\n          location {\n            id\n            city\n            location {\n              lat\n              lon\n            }\n            company {\n              id\n              name\n            }\n          }\n        }\n      }\n      facets {\n        field\n        values {\n          value\n          count\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchActivities($input: ActivitySearchInput!) {\n    searchActivities(input: $input) {\n      total\n      page\n      pageSize\n      hits {\n        distanceKm\n        highlight\n        activity {\n          id\n          title\n          description\n          type\n          levels\n          delivery\n          costEuros\n          startsAt\n          averageRating\n          reviewCount\n          location {\n            id\n            city\n            location {\n              lat\n              lon\n            }\n            company {\n              id\n              name\n            }\n          }\n        }\n      }\n      facets {\n        field\n        values {\n          value\n          count\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchTotal($input: ActivitySearchInput!) {\n    searchActivities(input: $input) {\n      total\n    }\n  }\n"): (typeof documents)["\n  query SearchTotal($input: ActivitySearchInput!) {\n    searchActivities(input: $input) {\n      total\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicMySchool {\n    me {\n      id\n      school {\n        id\n        name\n        vestigingscode\n        location {\n          lat\n          lon\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PublicMySchool {\n    me {\n      id\n      school {\n        id\n        name\n        vestigingscode\n        location {\n          lat\n          lon\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TeacherBooking on Booking {\n    id\n    status\n    level\n    groupSize\n    sessions\n    preferredDate\n    message\n    responseMessage\n    cancelReason\n    cancelledByRole\n    fromMatching\n    createdAt\n    updatedAt\n    school {\n      id\n      city\n    }\n    activity {\n      id\n      title\n      type\n      startsAt\n      endsAt\n      location {\n        id\n        name\n        city\n        company {\n          id\n          name\n        }\n      }\n    }\n    review {\n      id\n      rating\n      comment\n    }\n  }\n"): (typeof documents)["\n  fragment TeacherBooking on Booking {\n    id\n    status\n    level\n    groupSize\n    sessions\n    preferredDate\n    message\n    responseMessage\n    cancelReason\n    cancelledByRole\n    fromMatching\n    createdAt\n    updatedAt\n    school {\n      id\n      city\n    }\n    activity {\n      id\n      title\n      type\n      startsAt\n      endsAt\n      location {\n        id\n        name\n        city\n        company {\n          id\n          name\n        }\n      }\n    }\n    review {\n      id\n      rating\n      comment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PendingColleagues {\n    pendingTeachers {\n      id\n      name\n      email\n      school {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query PendingColleagues {\n    pendingTeachers {\n      id\n      name\n      email\n      school {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveColleague($userId: ID!) {\n    approveTeacher(userId: $userId) {\n      id\n      schoolVerified\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveColleague($userId: ID!) {\n    approveTeacher(userId: $userId) {\n      id\n      schoolVerified\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyBookings($status: BookingStatus) {\n    myBookings(status: $status) {\n      ...TeacherBooking\n    }\n  }\n"): (typeof documents)["\n  query MyBookings($status: BookingStatus) {\n    myBookings(status: $status) {\n      ...TeacherBooking\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelBooking($id: ID!, $reason: String) {\n    cancelBooking(id: $id, reason: $reason) {\n      id\n      status\n      cancelReason\n      cancelledByRole\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation CancelBooking($id: ID!, $reason: String) {\n    cancelBooking(id: $id, reason: $reason) {\n      id\n      status\n      cancelReason\n      cancelledByRole\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteBooking($id: ID!) {\n    completeBooking(id: $id) {\n      id\n      status\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteBooking($id: ID!) {\n    completeBooking(id: $id) {\n      id\n      status\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewActivity($activityId: ID!, $bookingId: ID, $rating: Int!, $comment: String) {\n    reviewActivity(activityId: $activityId, bookingId: $bookingId, rating: $rating, comment: $comment) {\n      id\n      rating\n      activity {\n        id\n        reviewCount\n        averageRating\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReviewActivity($activityId: ID!, $bookingId: ID, $rating: Int!, $comment: String) {\n    reviewActivity(activityId: $activityId, bookingId: $bookingId, rating: $rating, comment: $comment) {\n      id\n      rating\n      activity {\n        id\n        reviewCount\n        averageRating\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RequestActivity($id: ID!) {\n    activity(id: $id) {\n      id\n      title\n      description\n      type\n      status\n      levels\n      maxParticipants\n      startsAt\n      endsAt\n      durationMinutes\n      costEuros\n      delivery\n      location {\n        id\n        name\n        city\n        company {\n          id\n          name\n        }\n      }\n    }\n    me {\n      id\n      school {\n        id\n        name\n        levels\n      }\n    }\n  }\n"): (typeof documents)["\n  query RequestActivity($id: ID!) {\n    activity(id: $id) {\n      id\n      title\n      description\n      type\n      status\n      levels\n      maxParticipants\n      startsAt\n      endsAt\n      durationMinutes\n      costEuros\n      delivery\n      location {\n        id\n        name\n        city\n        company {\n          id\n          name\n        }\n      }\n    }\n    me {\n      id\n      school {\n        id\n        name\n        levels\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestBooking($input: RequestBookingInput!) {\n    requestBooking(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RequestBooking($input: RequestBookingInput!) {\n    requestBooking(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySchoolRequests {\n    me {\n      id\n      school {\n        id\n        name\n        levels\n      }\n    }\n    mySchoolRequests {\n      ...TeacherSchoolRequest\n    }\n  }\n"): (typeof documents)["\n  query MySchoolRequests {\n    me {\n      id\n      school {\n        id\n        name\n        levels\n      }\n    }\n    mySchoolRequests {\n      ...TeacherSchoolRequest\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TeacherSchoolRequest on SchoolRequest {\n    id\n    type\n    levels\n    themes\n    sessions\n    sessionsRemaining\n    periodStart\n    periodEnd\n    status\n    createdAt\n  }\n"): (typeof documents)["\n  fragment TeacherSchoolRequest on SchoolRequest {\n    id\n    type\n    levels\n    themes\n    sessions\n    sessionsRemaining\n    periodStart\n    periodEnd\n    status\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSchoolRequest($input: CreateSchoolRequestInput!) {\n    createSchoolRequest(input: $input) {\n      ...TeacherSchoolRequest\n    }\n  }\n"): (typeof documents)["\n  mutation CreateSchoolRequest($input: CreateSchoolRequestInput!) {\n    createSchoolRequest(input: $input) {\n      ...TeacherSchoolRequest\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSchoolRequest($id: ID!, $input: UpdateSchoolRequestInput!) {\n    updateSchoolRequest(id: $id, input: $input) {\n      ...TeacherSchoolRequest\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSchoolRequest($id: ID!, $input: UpdateSchoolRequestInput!) {\n    updateSchoolRequest(id: $id, input: $input) {\n      ...TeacherSchoolRequest\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawSchoolRequest($id: ID!) {\n    withdrawSchoolRequest(id: $id) {\n      ...TeacherSchoolRequest\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawSchoolRequest($id: ID!) {\n    withdrawSchoolRequest(id: $id) {\n      ...TeacherSchoolRequest\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeacherHome {\n    myBookings {\n      ...TeacherBooking\n    }\n    myWaitlistEntries {\n      id\n      programme\n      status\n      currentOffer {\n        id\n        status\n        expiresAt\n        location {\n          id\n          name\n          city\n          company {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TeacherHome {\n    myBookings {\n      ...TeacherBooking\n    }\n    myWaitlistEntries {\n      id\n      programme\n      status\n      currentOffer {\n        id\n        status\n        expiresAt\n        location {\n          id\n          name\n          city\n          company {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TeacherWaitlistEntry on WaitlistEntry {\n    id\n    programme\n    province\n    status\n    position\n    expectedWaitDays\n    joinedAt\n    placedAt\n    partner {\n      id\n      name\n      city\n      company {\n        id\n        name\n      }\n    }\n    currentOffer {\n      id\n      createdAt\n      expiresAt\n      status\n      location {\n        id\n        name\n        city\n        company {\n          id\n          name\n        }\n      }\n    }\n    events {\n      at\n      kind\n      actorRole\n      note\n    }\n  }\n"): (typeof documents)["\n  fragment TeacherWaitlistEntry on WaitlistEntry {\n    id\n    programme\n    province\n    status\n    position\n    expectedWaitDays\n    joinedAt\n    placedAt\n    partner {\n      id\n      name\n      city\n      company {\n        id\n        name\n      }\n    }\n    currentOffer {\n      id\n      createdAt\n      expiresAt\n      status\n      location {\n        id\n        name\n        city\n        company {\n          id\n          name\n        }\n      }\n    }\n    events {\n      at\n      kind\n      actorRole\n      note\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyWaitlist {\n    me {\n      id\n      school {\n        id\n        name\n        levels\n        province\n      }\n    }\n    myWaitlistEntries {\n      ...TeacherWaitlistEntry\n    }\n  }\n"): (typeof documents)["\n  query MyWaitlist {\n    me {\n      id\n      school {\n        id\n        name\n        levels\n        province\n      }\n    }\n    myWaitlistEntries {\n      ...TeacherWaitlistEntry\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JoinWaitlist($programme: Programme!) {\n    joinWaitlist(programme: $programme) {\n      ...TeacherWaitlistEntry\n    }\n  }\n"): (typeof documents)["\n  mutation JoinWaitlist($programme: Programme!) {\n    joinWaitlist(programme: $programme) {\n      ...TeacherWaitlistEntry\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawFromWaitlist($entryId: ID!, $reason: String) {\n    withdrawFromWaitlist(entryId: $entryId, reason: $reason) {\n      ...TeacherWaitlistEntry\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawFromWaitlist($entryId: ID!, $reason: String) {\n    withdrawFromWaitlist(entryId: $entryId, reason: $reason) {\n      ...TeacherWaitlistEntry\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RespondToPartnerOffer($offerId: ID!, $accept: Boolean!) {\n    respondToPartnerOffer(offerId: $offerId, accept: $accept) {\n      ...TeacherWaitlistEntry\n    }\n  }\n"): (typeof documents)["\n  mutation RespondToPartnerOffer($offerId: ID!, $accept: Boolean!) {\n    respondToPartnerOffer(offerId: $offerId, accept: $accept) {\n      ...TeacherWaitlistEntry\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;