create index IX_C7C5B8EC on LVCareProgram_CareProgram (articleResourcePrimKey);
create index IX_8054CEA5 on LVCareProgram_CareProgram (companyId);
create unique index IX_D23D3D6D on LVCareProgram_CareProgram (groupId, uuid_[$COLUMN_LENGTH:75$]);
create index IX_E68EC806 on LVCareProgram_CareProgram (ownerUserId);

create index IX_C02AC31D on LVCareProgram_ContentReview (careProgramId);
create index IX_F80156E9 on LVCareProgram_ContentReview (localRoutineId);
create index IX_336C11DB on LVCareProgram_ContentReview (userId);

create index IX_A863B27E on LVCareProgram_LocalRoutine (articleResourcePrimKey);
create unique index IX_6EAEE8FF on LVCareProgram_LocalRoutine (groupId, uuid_[$COLUMN_LENGTH:75$]);
create unique index IX_24689027 on LVCareProgram_LocalRoutine (organizationId, careProgramId);
create index IX_D0AD15B4 on LVCareProgram_LocalRoutine (ownerUserId);

create unique index IX_E43A600 on LVCareProgram_ProgramContact (careProgramId, userId);

create unique index IX_A725B8D9 on LVCareProgram_ProgramMethod (careProgramId, methodId);

create unique index IX_C494A11D on LVCareProgram_ReviewNotice (localRoutineId, careProgramId, recipientUserId, noticeKind, episodeKey[$COLUMN_LENGTH:75$]);

create unique index IX_44897623 on LVCareProgram_TargetGroup (assetCategoryId, careProgramId);