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
	stateReason VARCHAR(500) null
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