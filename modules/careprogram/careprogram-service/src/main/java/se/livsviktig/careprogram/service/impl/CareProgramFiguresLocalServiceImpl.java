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
import com.liferay.portal.kernel.service.CompanyLocalService;

import java.sql.Timestamp;

import java.util.Date;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.careprogram.model.RoutineReviewFigures;
import se.livsviktig.careprogram.service.base.CareProgramFiguresLocalServiceBaseImpl;
import se.livsviktig.careprogram.service.internal.figures.RoutineReviewFiguresQuery;

/**
 * The report's figures of the care programme app, each family one statement however many administrations and
 * routines there are. Local only: the figures are counts without names, and the report's remote service checks
 * VIEW_REPORTS before it asks.
 *
 * @author Livsviktig
 */
@Component(
	property = "model.class.name=se.livsviktig.careprogram.model.CareProgramFigures",
	service = AopService.class
)
public class CareProgramFiguresLocalServiceImpl
	extends CareProgramFiguresLocalServiceBaseImpl {

	/**
	 * The rolled-up figures: each child organisation of the parent as one row holding its whole subtree.
	 *
	 * @param parentOrganizationId the organisation whose children are the rows, or 0 for the top-level
	 *        administrations
	 */
	@Override
	public List<RoutineReviewFigures> getRolledUpRoutineReviewFigures(
			long companyId, long parentOrganizationId, Date to, Date now)
		throws PortalException {

		RoutineReviewFiguresQuery routineReviewFiguresQuery = _query(
			companyId, to, now);

		return _list(
			routineReviewFiguresQuery.sqlRolledUp(),
			routineReviewFiguresQuery.parametersRolledUp(
				parentOrganizationId));
	}

	/**
	 * Per administration (the routine's organisation), the routines that existed at the end of the period and
	 * those of them reviewed on time then.
	 *
	 * @param to the first moment after the period
	 * @param now the routines are judged now instead when the period is not over yet
	 */
	@Override
	public List<RoutineReviewFigures> getRoutineReviewFigures(
			long companyId, Date to, Date now)
		throws PortalException {

		RoutineReviewFiguresQuery routineReviewFiguresQuery = _query(
			companyId, to, now);

		return _list(
			routineReviewFiguresQuery.sql(),
			routineReviewFiguresQuery.parameters());
	}

	private List<RoutineReviewFigures> _list(
		String sql, List<Object> parameters) {

		Session session = null;

		try {
			session = localRoutinePersistence.openSession();

			SQLQuery sqlQuery = session.createSynchronizedSQLQuery(sql);

			QueryPos queryPos = QueryPos.getInstance(sqlQuery);

			for (Object parameter : parameters) {
				if (parameter instanceof Timestamp) {
					queryPos.add((Timestamp)parameter);
				}
				else {
					queryPos.add((Long)parameter);
				}
			}

			@SuppressWarnings("unchecked")
			List<Object[]> rows = (List<Object[]>)sqlQuery.list();

			return RoutineReviewFiguresQuery.toFigures(rows);
		}
		finally {
			localRoutinePersistence.closeSession(session);
		}
	}

	private RoutineReviewFiguresQuery _query(long companyId, Date to, Date now)
		throws PortalException {

		Company company = _companyLocalService.getCompany(companyId);

		return new RoutineReviewFiguresQuery(
			companyId, to, now, company.getTimeZone());
	}

	@Reference
	private CompanyLocalService _companyLocalService;

}
