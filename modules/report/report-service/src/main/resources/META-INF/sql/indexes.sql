create index IX_DE623353 on LVReport_ReportExportRow (groupId);

create index IX_83245EBE on LVReport_ReportFreeze (groupId, status);
create unique index IX_154EAEDC on LVReport_ReportFreeze (groupId, uuid_[$COLUMN_LENGTH:75$]);

create index IX_3EB68E79 on LVReport_ReportFrozenFigure (reportFreezeId);