create index IX_CB7BB0F2 on LVInstructor_Certification (companyId, holderUserId, trainingMethodId, state_);
create index IX_965F97CF on LVInstructor_Certification (companyId, trainingMethodId, issuer[$COLUMN_LENGTH:75$], number_[$COLUMN_LENGTH:75$]);
create index IX_BBD791EE on LVInstructor_Certification (holderUserId);
create unique index IX_969BE8DE on LVInstructor_Certification (uuid_[$COLUMN_LENGTH:75$], groupId);

create unique index IX_D065B89 on LVInstructor_InstructorNetwork (groupId, uuid_[$COLUMN_LENGTH:75$]);

create unique index IX_EA4790D2 on LVInstructor_InstructorNotice (certificationId, noticeKind[$COLUMN_LENGTH:75$]);
create index IX_DEC6772D on LVInstructor_InstructorNotice (userId);

create unique index IX_B77C0C26 on LVInstructor_MeetingInvitee (participantUserId, networkMeetingId);
create unique index IX_12D10255 on LVInstructor_MeetingInvitee (uuid_[$COLUMN_LENGTH:75$], groupId);

create unique index IX_1F50252C on LVInstructor_MeetingNotice (networkMeetingId, userId, sequence);

create index IX_133E8B91 on LVInstructor_NetworkMeeting (instructorNetworkId);
create unique index IX_F7387FC1 on LVInstructor_NetworkMeeting (uuid_[$COLUMN_LENGTH:75$], groupId);

create unique index IX_5D7E001A on LVInstructor_NetworkMember (instructorNetworkId, memberUserId);
create index IX_ECFD4133 on LVInstructor_NetworkMember (instructorNetworkId, role_);
create index IX_B0F0068A on LVInstructor_NetworkMember (memberUserId);
create unique index IX_BD4ABB0C on LVInstructor_NetworkMember (uuid_[$COLUMN_LENGTH:75$], groupId);