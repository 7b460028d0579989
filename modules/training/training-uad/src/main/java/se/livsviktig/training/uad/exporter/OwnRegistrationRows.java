/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.training.uad.exporter;

import com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery;
import com.liferay.portal.kernel.dao.orm.DynamicQuery;
import com.liferay.portal.kernel.dao.orm.ProjectionFactoryUtil;
import com.liferay.portal.kernel.dao.orm.PropertyFactoryUtil;
import com.liferay.portal.kernel.dao.orm.RestrictionsFactoryUtil;

import se.livsviktig.training.service.RegistrationLocalService;

/**
 * Rows that belong to a person although someone else wrote them: an attendance an instructor marked or an
 * event a coordinator added to the person's registration carries the writer's userId, not the person's. The
 * query selects the rows the person wrote and the rows of the person's own registrations, in one statement.
 *
 * @author Livsviktig
 */
final class OwnRegistrationRows {

	static ActionableDynamicQuery select(
		ActionableDynamicQuery actionableDynamicQuery,
		RegistrationLocalService registrationLocalService, long userId) {

		actionableDynamicQuery.setAddCriteriaMethod(
			dynamicQuery -> {
				DynamicQuery ownRegistrationIds =
					registrationLocalService.dynamicQuery();

				ownRegistrationIds.add(
					RestrictionsFactoryUtil.eq("userId", userId));
				ownRegistrationIds.setProjection(
					ProjectionFactoryUtil.property("registrationId"));

				dynamicQuery.add(
					RestrictionsFactoryUtil.or(
						RestrictionsFactoryUtil.eq("userId", userId),
						PropertyFactoryUtil.forName(
							"registrationId"
						).in(
							ownRegistrationIds
						)));
			});

		return actionableDynamicQuery;
	}

	private OwnRegistrationRows() {
	}

}
