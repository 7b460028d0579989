/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.careprogram.service.impl;

import com.liferay.portal.aop.AopService;
import com.liferay.portal.kernel.dao.orm.QueryPos;
import com.liferay.portal.kernel.dao.orm.SQLQuery;
import com.liferay.portal.kernel.dao.orm.Session;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.Company;
import com.liferay.portal.kernel.model.Group;
import com.liferay.portal.kernel.service.CompanyLocalService;
import com.liferay.portal.kernel.service.GroupLocalService;

import java.sql.Timestamp;

import java.time.Clock;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.careprogram.model.AdministrationHealth;
import se.livsviktig.careprogram.service.base.CareProgramHealthLocalServiceBaseImpl;
import se.livsviktig.careprogram.service.internal.health.AdministrationHealthQuery;

/**
 * The health overview of a site's administrations, read with one statement (AdministrationHealthQuery) however
 * many administrations, programmes and routines there are.
 *
 * @author Livsviktig
 */
@Component(
	property = "model.class.name=se.livsviktig.careprogram.model.CareProgramHealth",
	service = AopService.class
)
public class CareProgramHealthLocalServiceImpl
	extends CareProgramHealthLocalServiceBaseImpl {

	/**
	 * @return per administration with routines on the site, in the order of its organizationId: its routines,
	 *         those reviewed on time (due today or later in the company's time zone) and the site's programmes it
	 *         has no routine for
	 */
	@Override
	public List<AdministrationHealth> getAdministrationHealth(long groupId)
		throws PortalException {

		Group group = _groupLocalService.getGroup(groupId);

		Company company = _companyLocalService.getCompany(group.getCompanyId());

		Session session = null;

		try {
			session = localRoutinePersistence.openSession();

			SQLQuery sqlQuery = session.createSynchronizedSQLQuery(
				AdministrationHealthQuery.SQL);

			QueryPos queryPos = QueryPos.getInstance(sqlQuery);

			queryPos.add(
				new Timestamp(
					AdministrationHealthQuery.startOfToday(
						_clock.instant(), company.getTimeZone()
					).getTime()));
			queryPos.add(groupId);
			queryPos.add(groupId);

			@SuppressWarnings("unchecked")
			List<Object[]> rows = (List<Object[]>)sqlQuery.list();

			return AdministrationHealthQuery.toAdministrationHealths(rows);
		}
		finally {
			localRoutinePersistence.closeSession(session);
		}
	}

	private final Clock _clock = Clock.systemUTC();

	@Reference
	private CompanyLocalService _companyLocalService;

	@Reference
	private GroupLocalService _groupLocalService;

}
