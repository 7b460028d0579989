create table LVTraining_Attendance (
	mvccVersion LONG default 0 not null,
	attendanceId LONG not null primary key,
	groupId LONG,
	companyId LONG,
	userId LONG,
	userName VARCHAR(75) null,
	createDate DATE null,
	modifiedDate DATE null,
	courseSessionId LONG,
	sessionDateId LONG,
	registrationId LONG,
	present BOOLEAN,
	source INTEGER
);

create table LVTraining_Course (
	mvccVersion LONG default 0 not null,
	uuid_ VARCHAR(75) null,
	courseId LONG not null primary key,
	groupId LONG,
	companyId LONG,
	userId LONG,
	userName VARCHAR(75) null,
	createDate DATE null,
	modifiedDate DATE null,
	trainingMethodId LONG,
	title STRING null,
	description STRING null,
	targetAudience STRING null,
	durationHours DOUBLE,
	autoBookInterested BOOLEAN,
	status INTEGER,
	statusByUserId LONG,
	statusByUserName VARCHAR(75) null,
	statusDate DATE null
);

create table LVTraining_CourseInterest (
	mvccVersion LONG default 0 not null,
	uuid_ VARCHAR(75) null,
	courseInterestId LONG not null primary key,
	groupId LONG,
	companyId LONG,
	userId LONG,
	userName VARCHAR(75) null,
	createDate DATE null,
	modifiedDate DATE null,
	courseId LONG,
	notifiedDate DATE null,
	status INTEGER
);

create table LVTraining_CourseSession (
	mvccVersion LONG default 0 not null,
	uuid_ VARCHAR(75) null,
	courseSessionId LONG not null primary key,
	groupId LONG,
	companyId LONG,
	userId LONG,
	userName VARCHAR(75) null,
	createDate DATE null,
	modifiedDate DATE null,
	courseId LONG,
	trainingMethodId LONG,
	coordinatorUserId LONG,
	deliveryMode INTEGER,
	venueName VARCHAR(150) null,
	venueAddress VARCHAR(255) null,
	locality VARCHAR(75) null,
	onlineMeetingURL VARCHAR(500) null,
	seats INTEGER,
	seatsTaken INTEGER,
	waitlistedCount INTEGER,
	queueSequence LONG,
	startDate DATE null,
	endDate DATE null,
	registrationOpenDate DATE null,
	registrationCloseDate DATE null,
	cancellationDeadline DATE null,
	approvalRequired BOOLEAN,
	waitlistMode INTEGER,
	offerHours INTEGER,
	dietaryNeedsRequested BOOLEAN,
	note STRING null,
	status INTEGER,
	statusByUserId LONG,
	statusByUserName VARCHAR(75) null,
	statusDate DATE null,
	statusReason VARCHAR(1000) null
);

create table LVTraining_Registration (
	mvccVersion LONG default 0 not null,
	uuid_ VARCHAR(75) null,
	registrationId LONG not null primary key,
	groupId LONG,
	companyId LONG,
	userId LONG,
	userName VARCHAR(75) null,
	createDate DATE null,
	modifiedDate DATE null,
	courseSessionId LONG,
	courseId LONG,
	trainingMethodId LONG,
	organizationId LONG,
	registeredByUserId LONG,
	activeKey LONG,
	queueNumber LONG,
	motivation VARCHAR(2000) null,
	dietaryNeeds VARCHAR(500) null,
	holdExpirationDate DATE null,
	reviewerUserId LONG,
	reviewDate DATE null,
	reviewComment VARCHAR(1000) null,
	cancelledByUserId LONG,
	cancellationReason VARCHAR(1000) null,
	completionDate DATE null,
	calendarSequence INTEGER,
	status INTEGER,
	statusDate DATE null,
	sex VARCHAR(75) null,
	participantKey LONG
);

create table LVTraining_RegistrationEvent (
	mvccVersion LONG default 0 not null,
	registrationEventId LONG not null primary key,
	groupId LONG,
	companyId LONG,
	userId LONG,
	userName VARCHAR(75) null,
	createDate DATE null,
	registrationId LONG,
	courseSessionId LONG,
	type_ VARCHAR(40) null,
	fromStatus INTEGER,
	toStatus INTEGER,
	comment_ VARCHAR(1000) null
);

create table LVTraining_SessionAudience (
	mvccVersion LONG default 0 not null,
	sessionAudienceId LONG not null primary key,
	groupId LONG,
	companyId LONG,
	createDate DATE null,
	courseSessionId LONG,
	organizationId LONG
);

create table LVTraining_SessionDate (
	mvccVersion LONG default 0 not null,
	uuid_ VARCHAR(75) null,
	sessionDateId LONG not null primary key,
	groupId LONG,
	companyId LONG,
	userId LONG,
	userName VARCHAR(75) null,
	createDate DATE null,
	modifiedDate DATE null,
	courseSessionId LONG,
	startDate DATE null,
	endDate DATE null,
	checkInCode VARCHAR(16) null,
	checkInOpenDate DATE null,
	checkInCloseDate DATE null
);

create table LVTraining_SessionInstructor (
	mvccVersion LONG default 0 not null,
	uuid_ VARCHAR(75) null,
	sessionInstructorId LONG not null primary key,
	groupId LONG,
	companyId LONG,
	userId LONG,
	userName VARCHAR(75) null,
	createDate DATE null,
	modifiedDate DATE null,
	courseSessionId LONG,
	instructorUserId LONG,
	message VARCHAR(2000) null,
	responseDate DATE null,
	status INTEGER
);

create table LVTraining_SessionQuota (
	mvccVersion LONG default 0 not null,
	sessionQuotaId LONG not null primary key,
	groupId LONG,
	companyId LONG,
	createDate DATE null,
	modifiedDate DATE null,
	courseSessionId LONG,
	organizationId LONG,
	seats INTEGER,
	releaseDate DATE null,
	released BOOLEAN
);

create table LVTraining_TrainingMethod (
	mvccVersion LONG default 0 not null,
	uuid_ VARCHAR(75) null,
	externalReferenceCode VARCHAR(75) null,
	trainingMethodId LONG not null primary key,
	groupId LONG,
	companyId LONG,
	userId LONG,
	userName VARCHAR(75) null,
	createDate DATE null,
	modifiedDate DATE null,
	name STRING null,
	description STRING null,
	certifiedInstructorsRequired BOOLEAN,
	instructorsPerSession INTEGER,
	requiredAttendancePercent INTEGER,
	licenceSessionsRequired INTEGER,
	licencePeriodMonths INTEGER,
	followUpSurveyDays INTEGER,
	status INTEGER,
	statusByUserId LONG,
	statusByUserName VARCHAR(75) null,
	statusDate DATE null
);

create table LVTraining_TrainingNotice (
	mvccVersion LONG default 0 not null,
	trainingNoticeId LONG not null primary key,
	groupId LONG,
	companyId LONG,
	userId LONG,
	createDate DATE null,
	noticeKey VARCHAR(200) null,
	noticeType VARCHAR(40) null,
	registrationId LONG,
	courseSessionId LONG
);