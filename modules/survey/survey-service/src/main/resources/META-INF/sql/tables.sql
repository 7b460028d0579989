create table LVSurvey_Survey (
	mvccVersion LONG default 0 not null,
	uuid_ VARCHAR(75) null,
	surveyId LONG not null primary key,
	groupId LONG,
	companyId LONG,
	userId LONG,
	userName VARCHAR(75) null,
	createDate DATE null,
	modifiedDate DATE null,
	title STRING null,
	description STRING null,
	kind INTEGER,
	anonymous BOOLEAN,
	status INTEGER
);

create table LVSurvey_SurveyAccessToken (
	mvccVersion LONG default 0 not null,
	surveyAccessTokenId LONG not null primary key,
	companyId LONG,
	createDate DATE null,
	surveyInvitationId LONG,
	tokenHash VARCHAR(64) null
);

create table LVSurvey_SurveyAnswer (
	mvccVersion LONG default 0 not null,
	surveyAnswerId LONG not null primary key,
	companyId LONG,
	surveyResponseId LONG,
	surveyQuestionId LONG,
	numericValue INTEGER,
	textValue STRING null
);

create table LVSurvey_SurveyDispatch (
	mvccVersion LONG default 0 not null,
	uuid_ VARCHAR(75) null,
	surveyDispatchId LONG not null primary key,
	groupId LONG,
	companyId LONG,
	userId LONG,
	userName VARCHAR(75) null,
	createDate DATE null,
	modifiedDate DATE null,
	surveyId LONG,
	methodId LONG,
	triggerType INTEGER,
	delayDays INTEGER,
	windowStartDate DATE null,
	closeDate DATE null,
	reminderIntervalDays INTEGER,
	maxReminders INTEGER,
	status INTEGER,
	lastRunDate DATE null
);

create table LVSurvey_SurveyDispatchSession (
	mvccVersion LONG default 0 not null,
	surveyDispatchSessionId LONG not null primary key,
	companyId LONG,
	surveyDispatchId LONG,
	courseSessionId LONG
);

create table LVSurvey_SurveyInvitation (
	mvccVersion LONG default 0 not null,
	surveyInvitationId LONG not null primary key,
	groupId LONG,
	companyId LONG,
	surveyDispatchId LONG,
	surveyId LONG,
	registrationId LONG,
	userId LONG,
	courseSessionId LONG,
	methodId LONG,
	organizationId LONG,
	status INTEGER,
	sentDate DATE null,
	reminderCount INTEGER,
	lastReminderDate DATE null,
	expirationDate DATE null,
	sentMonth INTEGER
);

create table LVSurvey_SurveyQuestion (
	mvccVersion LONG default 0 not null,
	uuid_ VARCHAR(75) null,
	surveyQuestionId LONG not null primary key,
	groupId LONG,
	companyId LONG,
	surveyId LONG,
	position INTEGER,
	questionType INTEGER,
	text_ STRING null,
	lowLabel STRING null,
	highLabel STRING null,
	options STRING null,
	required BOOLEAN
);

create table LVSurvey_SurveyResponse (
	mvccVersion LONG default 0 not null,
	surveyResponseId LONG not null primary key,
	groupId LONG,
	companyId LONG,
	surveyId LONG,
	surveyDispatchId LONG,
	methodId LONG,
	courseSessionId LONG,
	organizationId LONG,
	responseMonth INTEGER,
	responseDay DATE null,
	userId LONG
);