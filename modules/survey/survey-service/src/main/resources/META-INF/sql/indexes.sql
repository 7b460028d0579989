create index IX_AF7EDC2D on LVSurvey_Survey (companyId);
create unique index IX_A46664E5 on LVSurvey_Survey (groupId, uuid_[$COLUMN_LENGTH:75$]);

create index IX_DC9B09E8 on LVSurvey_SurveyAccessToken (surveyInvitationId);
create unique index IX_8CF387F1 on LVSurvey_SurveyAccessToken (tokenHash[$COLUMN_LENGTH:64$]);

create index IX_EF4C7248 on LVSurvey_SurveyAnswer (surveyQuestionId);
create index IX_4F57A523 on LVSurvey_SurveyAnswer (surveyResponseId);

create index IX_FCB07EB9 on LVSurvey_SurveyDispatch (companyId, status);
create index IX_8EFA6BBE on LVSurvey_SurveyDispatch (surveyId);
create unique index IX_4843A9AB on LVSurvey_SurveyDispatch (uuid_[$COLUMN_LENGTH:75$], groupId);

create unique index IX_CDEA7C96 on LVSurvey_SurveyDispatchSession (surveyDispatchId, courseSessionId);

create index IX_6BCA14AE on LVSurvey_SurveyInvitation (status, companyId);
create index IX_CD56881D on LVSurvey_SurveyInvitation (status, surveyDispatchId);
create index IX_EF9C8574 on LVSurvey_SurveyInvitation (status, userId);
create unique index IX_BAC908DF on LVSurvey_SurveyInvitation (surveyDispatchId, registrationId);

create index IX_370FA12A on LVSurvey_SurveyQuestion (surveyId);
create unique index IX_C7FE1E17 on LVSurvey_SurveyQuestion (uuid_[$COLUMN_LENGTH:75$], groupId);

create index IX_7F6D3AA6 on LVSurvey_SurveyResponse (companyId, userId);
create index IX_9053C905 on LVSurvey_SurveyResponse (surveyId);