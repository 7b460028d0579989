create table LVInstructor_Certification (
	mvccVersion LONG default 0 not null,
	uuid_ VARCHAR(75) null,
	certificationId LONG not null primary key,
	groupId LONG,
	companyId LONG,
	userId LONG,
	userName VARCHAR(75) null,
	createDate DATE null,
	modifiedDate DATE null,
	holderUserId LONG,
	trainingMethodId LONG,
	certifiedDate DATE null,
	validUntil DATE null,
	issuer VARCHAR(75) null,
	number_ VARCHAR(75) null,
	renewedCertificationId LONG,
	state_ INTEGER,
	stateByUserId LONG,
	stateByUserName VARCHAR(75) null,
	stateDate DATE null,
	stateReason VARCHAR(500) null,
	organizationId LONG,
	sex VARCHAR(75) null
);

create table LVInstructor_InstructorNetwork (
	mvccVersion LONG default 0 not null,
	uuid_ VARCHAR(75) null,
	instructorNetworkId LONG not null primary key,
	groupId LONG,
	companyId LONG,
	userId LONG,
	userName VARCHAR(75) null,
	createDate DATE null,
	modifiedDate DATE null,
	name VARCHAR(150) null,
	description STRING null,
	trainingMethodIds VARCHAR(1000) null
);

create table LVInstructor_InstructorNotice (
	mvccVersion LONG default 0 not null,
	instructorNoticeId LONG not null primary key,
	groupId LONG,
	companyId LONG,
	userId LONG,
	createDate DATE null,
	certificationId LONG,
	noticeKind VARCHAR(75) null
);

create table LVInstructor_MeetingInvitee (
	mvccVersion LONG default 0 not null,
	uuid_ VARCHAR(75) null,
	meetingParticipantId LONG not null primary key,
	groupId LONG,
	companyId LONG,
	userId LONG,
	userName VARCHAR(75) null,
	createDate DATE null,
	modifiedDate DATE null,
	networkMeetingId LONG,
	participantUserId LONG,
	answer INTEGER,
	answerDate DATE null,
	attendance INTEGER,
	attendanceByUserId LONG,
	attendanceDate DATE null
);

create table LVInstructor_MeetingNotice (
	mvccVersion LONG default 0 not null,
	meetingNoticeId LONG not null primary key,
	groupId LONG,
	companyId LONG,
	userId LONG,
	createDate DATE null,
	networkMeetingId LONG,
	sequence INTEGER,
	noticeKind VARCHAR(75) null
);

create table LVInstructor_NetworkMeeting (
	mvccVersion LONG default 0 not null,
	uuid_ VARCHAR(75) null,
	networkMeetingId LONG not null primary key,
	groupId LONG,
	companyId LONG,
	userId LONG,
	userName VARCHAR(75) null,
	createDate DATE null,
	modifiedDate DATE null,
	instructorNetworkId LONG,
	title VARCHAR(150) null,
	startDate DATE null,
	endDate DATE null,
	place VARCHAR(500) null,
	onlineLink VARCHAR(1000) null,
	agenda TEXT null,
	notes TEXT null,
	sequence INTEGER,
	status INTEGER
);

create table LVInstructor_NetworkMember (
	mvccVersion LONG default 0 not null,
	uuid_ VARCHAR(75) null,
	networkMemberId LONG not null primary key,
	groupId LONG,
	companyId LONG,
	userId LONG,
	userName VARCHAR(75) null,
	createDate DATE null,
	modifiedDate DATE null,
	instructorNetworkId LONG,
	memberUserId LONG,
	role_ INTEGER
);