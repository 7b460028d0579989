create index IX_B8AE60FC on LVTraining_Attendance (courseSessionId);
create unique index IX_C3EC10D on LVTraining_Attendance (sessionDateId, registrationId);

create index IX_8FF68E74 on LVTraining_Course (groupId, status);
create index IX_A5C52A58 on LVTraining_Course (groupId, trainingMethodId);
create unique index IX_263CB066 on LVTraining_Course (groupId, uuid_[$COLUMN_LENGTH:75$]);
create index IX_C637EBE6 on LVTraining_Course (trainingMethodId);
create index IX_3A335B98 on LVTraining_Course (uuid_[$COLUMN_LENGTH:75$]);

create index IX_2997F4D6 on LVTraining_CourseInterest (courseId, status);
create unique index IX_CB170E2A on LVTraining_CourseInterest (courseId, userId);
create index IX_2FC123A0 on LVTraining_CourseInterest (userId);
create unique index IX_112FFADC on LVTraining_CourseInterest (uuid_[$COLUMN_LENGTH:75$], groupId);

create index IX_65739DB0 on LVTraining_CourseSession (courseId);
create unique index IX_FF8D2EF0 on LVTraining_CourseSession (groupId, uuid_[$COLUMN_LENGTH:75$]);
create index IX_C643EF16 on LVTraining_CourseSession (status, courseId);
create index IX_F44DAB8D on LVTraining_CourseSession (status, endDate);
create index IX_569D101E on LVTraining_CourseSession (status, groupId);
create index IX_7E8C5154 on LVTraining_CourseSession (status, startDate);
create index IX_8D62EFF0 on LVTraining_CourseSession (trainingMethodId);

create index IX_135C0304 on LVTraining_Registration (courseId);
create unique index IX_FF581F7D on LVTraining_Registration (courseSessionId, activeKey);
create index IX_11FB5026 on LVTraining_Registration (courseSessionId, userId);
create unique index IX_D0614544 on LVTraining_Registration (groupId, uuid_[$COLUMN_LENGTH:75$]);
create index IX_FA88471C on LVTraining_Registration (organizationId);
create index IX_DF5ADF68 on LVTraining_Registration (status, courseSessionId, organizationId);
create index IX_B6C63364 on LVTraining_Registration (status, courseSessionId, queueNumber);
create index IX_89B1CB70 on LVTraining_Registration (status, holdExpirationDate);
create index IX_DFD1E002 on LVTraining_Registration (status, organizationId);
create index IX_F81E949A on LVTraining_Registration (status, userId);
create index IX_E592B5B4 on LVTraining_Registration (userId);

create index IX_A743151A on LVTraining_RegistrationEvent (courseSessionId);
create index IX_641FC0B4 on LVTraining_RegistrationEvent (registrationId);

create unique index IX_E34BE87F on LVTraining_SessionAudience (organizationId, courseSessionId);

create index IX_B07E8073 on LVTraining_SessionDate (courseSessionId, checkInCode[$COLUMN_LENGTH:16$]);
create unique index IX_19A07505 on LVTraining_SessionDate (uuid_[$COLUMN_LENGTH:75$], groupId);

create unique index IX_56DC30DF on LVTraining_SessionInstructor (courseSessionId, instructorUserId);
create index IX_92D09C4E on LVTraining_SessionInstructor (courseSessionId, status);
create index IX_E43D4A5B on LVTraining_SessionInstructor (instructorUserId, status);
create unique index IX_C15077F4 on LVTraining_SessionInstructor (uuid_[$COLUMN_LENGTH:75$], groupId);

create unique index IX_90898225 on LVTraining_SessionQuota (courseSessionId, organizationId);
create index IX_6B399891 on LVTraining_SessionQuota (released, releaseDate);

create index IX_4BE7CCC on LVTraining_TrainingMethod (companyId);
create unique index IX_171EEF2F on LVTraining_TrainingMethod (groupId, externalReferenceCode[$COLUMN_LENGTH:75$]);
create index IX_C109D734 on LVTraining_TrainingMethod (groupId, status);
create unique index IX_D53D4FA6 on LVTraining_TrainingMethod (groupId, uuid_[$COLUMN_LENGTH:75$]);
create index IX_9C669458 on LVTraining_TrainingMethod (uuid_[$COLUMN_LENGTH:75$]);

create unique index IX_7D430702 on LVTraining_TrainingNotice (companyId, noticeKey[$COLUMN_LENGTH:200$]);
create index IX_52ACF03B on LVTraining_TrainingNotice (registrationId);
create index IX_BC03F4D on LVTraining_TrainingNotice (userId);