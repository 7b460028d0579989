create table LVReport_ReportFreeze (
	mvccVersion LONG default 0 not null,
	uuid_ VARCHAR(75) null,
	reportFreezeId LONG not null primary key,
	groupId LONG,
	companyId LONG,
	userId LONG,
	userName VARCHAR(75) null,
	createDate DATE null,
	modifiedDate DATE null,
	periodFrom DATE null,
	periodTo DATE null,
	organizationId LONG,
	status INTEGER,
	unfrozenByUserId LONG,
	unfrozenByUserName VARCHAR(75) null,
	unfrozenDate DATE null,
	unfreezeReason VARCHAR(75) null
);

create table LVReport_ReportFrozenFigure (
	mvccVersion LONG default 0 not null,
	reportFrozenFigureId LONG not null primary key,
	companyId LONG,
	reportFreezeId LONG,
	figureKey VARCHAR(75) null,
	organizationId LONG,
	trainingMethodId LONG,
	sex VARCHAR(75) null,
	value DOUBLE
);