create index IX_CB7BB0F2 on LVInstructor_Certification (companyId, holderUserId, trainingMethodId, state_);
create index IX_965F97CF on LVInstructor_Certification (companyId, trainingMethodId, issuer[$COLUMN_LENGTH:75$], number_[$COLUMN_LENGTH:75$]);
create index IX_BBD791EE on LVInstructor_Certification (holderUserId);
create unique index IX_969BE8DE on LVInstructor_Certification (uuid_[$COLUMN_LENGTH:75$], groupId);

create unique index IX_EA4790D2 on LVInstructor_InstructorNotice (certificationId, noticeKind[$COLUMN_LENGTH:75$]);
create index IX_DEC6772D on LVInstructor_InstructorNotice (userId);