create table LVCareProgram_CareProgram (
	mvccVersion LONG default 0 not null,
	uuid_ VARCHAR(75) null,
	careProgramId LONG not null primary key,
	groupId LONG,
	companyId LONG,
	userId LONG,
	userName VARCHAR(75) null,
	createDate DATE null,
	modifiedDate DATE null,
	title STRING null,
	articleResourcePrimKey LONG,
	nationalURL VARCHAR(1000) null,
	ownerUserId LONG,
	reviewIntervalMonths INTEGER,
	lastReviewDate DATE null,
	lastReviewUserId LONG,
	nextReviewDate DATE null,
	titleSearch TEXT null
);

create table LVCareProgram_ContentReview (
	mvccVersion LONG default 0 not null,
	contentReviewId LONG not null primary key,
	groupId LONG,
	companyId LONG,
	userId LONG,
	userName VARCHAR(75) null,
	careProgramId LONG,
	localRoutineId LONG,
	reviewDate DATE null,
	reviewKind INTEGER,
	comment_ VARCHAR(2000) null,
	articleVersion DOUBLE
);

create table LVCareProgram_LocalRoutine (
	mvccVersion LONG default 0 not null,
	uuid_ VARCHAR(75) null,
	localRoutineId LONG not null primary key,
	groupId LONG,
	companyId LONG,
	userId LONG,
	userName VARCHAR(75) null,
	createDate DATE null,
	modifiedDate DATE null,
	careProgramId LONG,
	organizationId LONG,
	articleResourcePrimKey LONG,
	ownerUserId LONG,
	reviewIntervalMonths INTEGER,
	lastReviewDate DATE null,
	lastReviewUserId LONG,
	nextReviewDate DATE null,
	ownerlessSince DATE null
);

create table LVCareProgram_ProgramContact (
	mvccVersion LONG default 0 not null,
	careProgramContactId LONG not null primary key,
	companyId LONG,
	careProgramId LONG,
	userId LONG,
	position INTEGER
);

create table LVCareProgram_ProgramMethod (
	mvccVersion LONG default 0 not null,
	careProgramMethodId LONG not null primary key,
	companyId LONG,
	careProgramId LONG,
	methodId LONG
);

create table LVCareProgram_ReviewNotice (
	mvccVersion LONG default 0 not null,
	reviewNoticeId LONG not null primary key,
	companyId LONG,
	createDate DATE null,
	careProgramId LONG,
	localRoutineId LONG,
	recipientUserId LONG,
	noticeKind INTEGER,
	episodeKey VARCHAR(75) null
);

create table LVCareProgram_TargetGroup (
	mvccVersion LONG default 0 not null,
	careProgramTargetGroupId LONG not null primary key,
	companyId LONG,
	careProgramId LONG,
	assetCategoryId LONG
);