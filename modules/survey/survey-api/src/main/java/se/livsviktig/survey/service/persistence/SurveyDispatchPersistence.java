/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.survey.service.persistence;

import com.liferay.portal.kernel.service.persistence.BasePersistence;

import org.osgi.annotation.versioning.ProviderType;

import se.livsviktig.survey.exception.NoSuchSurveyDispatchException;
import se.livsviktig.survey.model.SurveyDispatch;

/**
 * The persistence interface for the survey dispatch service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Livsviktig
 * @see SurveyDispatchUtil
 * @generated
 */
@ProviderType
public interface SurveyDispatchPersistence
	extends BasePersistence<SurveyDispatch> {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this interface directly. Always use {@link SurveyDispatchUtil} to access the survey dispatch persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this interface.
	 */

	/**
	 * Returns all the survey dispatches where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the matching survey dispatches
	 */
	public java.util.List<SurveyDispatch> findByUuid(String uuid);

	/**
	 * Returns a range of all the survey dispatches where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyDispatchModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of survey dispatches
	 * @param end the upper bound of the range of survey dispatches (not inclusive)
	 * @return the range of matching survey dispatches
	 */
	public java.util.List<SurveyDispatch> findByUuid(
		String uuid, int start, int end);

	/**
	 * Returns an ordered range of all the survey dispatches where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyDispatchModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of survey dispatches
	 * @param end the upper bound of the range of survey dispatches (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching survey dispatches
	 */
	public java.util.List<SurveyDispatch> findByUuid(
		String uuid, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<SurveyDispatch>
			orderByComparator);

	/**
	 * Returns an ordered range of all the survey dispatches where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyDispatchModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of survey dispatches
	 * @param end the upper bound of the range of survey dispatches (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching survey dispatches
	 */
	public java.util.List<SurveyDispatch> findByUuid(
		String uuid, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<SurveyDispatch>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first survey dispatch in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching survey dispatch
	 * @throws NoSuchSurveyDispatchException if a matching survey dispatch could not be found
	 */
	public SurveyDispatch findByUuid_First(
			String uuid,
			com.liferay.portal.kernel.util.OrderByComparator<SurveyDispatch>
				orderByComparator)
		throws NoSuchSurveyDispatchException;

	/**
	 * Returns the first survey dispatch in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching survey dispatch, or <code>null</code> if a matching survey dispatch could not be found
	 */
	public SurveyDispatch fetchByUuid_First(
		String uuid,
		com.liferay.portal.kernel.util.OrderByComparator<SurveyDispatch>
			orderByComparator);

	/**
	 * Returns the last survey dispatch in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching survey dispatch
	 * @throws NoSuchSurveyDispatchException if a matching survey dispatch could not be found
	 */
	public SurveyDispatch findByUuid_Last(
			String uuid,
			com.liferay.portal.kernel.util.OrderByComparator<SurveyDispatch>
				orderByComparator)
		throws NoSuchSurveyDispatchException;

	/**
	 * Returns the last survey dispatch in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching survey dispatch, or <code>null</code> if a matching survey dispatch could not be found
	 */
	public SurveyDispatch fetchByUuid_Last(
		String uuid,
		com.liferay.portal.kernel.util.OrderByComparator<SurveyDispatch>
			orderByComparator);

	/**
	 * Returns the survey dispatches before and after the current survey dispatch in the ordered set where uuid = &#63;.
	 *
	 * @param surveyDispatchId the primary key of the current survey dispatch
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next survey dispatch
	 * @throws NoSuchSurveyDispatchException if a survey dispatch with the primary key could not be found
	 */
	public SurveyDispatch[] findByUuid_PrevAndNext(
			long surveyDispatchId, String uuid,
			com.liferay.portal.kernel.util.OrderByComparator<SurveyDispatch>
				orderByComparator)
		throws NoSuchSurveyDispatchException;

	/**
	 * Removes all the survey dispatches where uuid = &#63; from the database.
	 *
	 * @param uuid the uuid
	 */
	public void removeByUuid(String uuid);

	/**
	 * Returns the number of survey dispatches where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the number of matching survey dispatches
	 */
	public int countByUuid(String uuid);

	/**
	 * Returns the survey dispatch where uuid = &#63; and groupId = &#63; or throws a <code>NoSuchSurveyDispatchException</code> if it could not be found.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching survey dispatch
	 * @throws NoSuchSurveyDispatchException if a matching survey dispatch could not be found
	 */
	public SurveyDispatch findByUUID_G(String uuid, long groupId)
		throws NoSuchSurveyDispatchException;

	/**
	 * Returns the survey dispatch where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching survey dispatch, or <code>null</code> if a matching survey dispatch could not be found
	 */
	public SurveyDispatch fetchByUUID_G(String uuid, long groupId);

	/**
	 * Returns the survey dispatch where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching survey dispatch, or <code>null</code> if a matching survey dispatch could not be found
	 */
	public SurveyDispatch fetchByUUID_G(
		String uuid, long groupId, boolean useFinderCache);

	/**
	 * Removes the survey dispatch where uuid = &#63; and groupId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the survey dispatch that was removed
	 */
	public SurveyDispatch removeByUUID_G(String uuid, long groupId)
		throws NoSuchSurveyDispatchException;

	/**
	 * Returns the number of survey dispatches where uuid = &#63; and groupId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the number of matching survey dispatches
	 */
	public int countByUUID_G(String uuid, long groupId);

	/**
	 * Returns all the survey dispatches where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the matching survey dispatches
	 */
	public java.util.List<SurveyDispatch> findByUuid_C(
		String uuid, long companyId);

	/**
	 * Returns a range of all the survey dispatches where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyDispatchModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of survey dispatches
	 * @param end the upper bound of the range of survey dispatches (not inclusive)
	 * @return the range of matching survey dispatches
	 */
	public java.util.List<SurveyDispatch> findByUuid_C(
		String uuid, long companyId, int start, int end);

	/**
	 * Returns an ordered range of all the survey dispatches where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyDispatchModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of survey dispatches
	 * @param end the upper bound of the range of survey dispatches (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching survey dispatches
	 */
	public java.util.List<SurveyDispatch> findByUuid_C(
		String uuid, long companyId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<SurveyDispatch>
			orderByComparator);

	/**
	 * Returns an ordered range of all the survey dispatches where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyDispatchModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of survey dispatches
	 * @param end the upper bound of the range of survey dispatches (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching survey dispatches
	 */
	public java.util.List<SurveyDispatch> findByUuid_C(
		String uuid, long companyId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<SurveyDispatch>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first survey dispatch in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching survey dispatch
	 * @throws NoSuchSurveyDispatchException if a matching survey dispatch could not be found
	 */
	public SurveyDispatch findByUuid_C_First(
			String uuid, long companyId,
			com.liferay.portal.kernel.util.OrderByComparator<SurveyDispatch>
				orderByComparator)
		throws NoSuchSurveyDispatchException;

	/**
	 * Returns the first survey dispatch in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching survey dispatch, or <code>null</code> if a matching survey dispatch could not be found
	 */
	public SurveyDispatch fetchByUuid_C_First(
		String uuid, long companyId,
		com.liferay.portal.kernel.util.OrderByComparator<SurveyDispatch>
			orderByComparator);

	/**
	 * Returns the last survey dispatch in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching survey dispatch
	 * @throws NoSuchSurveyDispatchException if a matching survey dispatch could not be found
	 */
	public SurveyDispatch findByUuid_C_Last(
			String uuid, long companyId,
			com.liferay.portal.kernel.util.OrderByComparator<SurveyDispatch>
				orderByComparator)
		throws NoSuchSurveyDispatchException;

	/**
	 * Returns the last survey dispatch in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching survey dispatch, or <code>null</code> if a matching survey dispatch could not be found
	 */
	public SurveyDispatch fetchByUuid_C_Last(
		String uuid, long companyId,
		com.liferay.portal.kernel.util.OrderByComparator<SurveyDispatch>
			orderByComparator);

	/**
	 * Returns the survey dispatches before and after the current survey dispatch in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param surveyDispatchId the primary key of the current survey dispatch
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next survey dispatch
	 * @throws NoSuchSurveyDispatchException if a survey dispatch with the primary key could not be found
	 */
	public SurveyDispatch[] findByUuid_C_PrevAndNext(
			long surveyDispatchId, String uuid, long companyId,
			com.liferay.portal.kernel.util.OrderByComparator<SurveyDispatch>
				orderByComparator)
		throws NoSuchSurveyDispatchException;

	/**
	 * Removes all the survey dispatches where uuid = &#63; and companyId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 */
	public void removeByUuid_C(String uuid, long companyId);

	/**
	 * Returns the number of survey dispatches where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the number of matching survey dispatches
	 */
	public int countByUuid_C(String uuid, long companyId);

	/**
	 * Returns all the survey dispatches where surveyId = &#63;.
	 *
	 * @param surveyId the survey ID
	 * @return the matching survey dispatches
	 */
	public java.util.List<SurveyDispatch> findBySurveyId(long surveyId);

	/**
	 * Returns a range of all the survey dispatches where surveyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyDispatchModelImpl</code>.
	 * </p>
	 *
	 * @param surveyId the survey ID
	 * @param start the lower bound of the range of survey dispatches
	 * @param end the upper bound of the range of survey dispatches (not inclusive)
	 * @return the range of matching survey dispatches
	 */
	public java.util.List<SurveyDispatch> findBySurveyId(
		long surveyId, int start, int end);

	/**
	 * Returns an ordered range of all the survey dispatches where surveyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyDispatchModelImpl</code>.
	 * </p>
	 *
	 * @param surveyId the survey ID
	 * @param start the lower bound of the range of survey dispatches
	 * @param end the upper bound of the range of survey dispatches (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching survey dispatches
	 */
	public java.util.List<SurveyDispatch> findBySurveyId(
		long surveyId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<SurveyDispatch>
			orderByComparator);

	/**
	 * Returns an ordered range of all the survey dispatches where surveyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyDispatchModelImpl</code>.
	 * </p>
	 *
	 * @param surveyId the survey ID
	 * @param start the lower bound of the range of survey dispatches
	 * @param end the upper bound of the range of survey dispatches (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching survey dispatches
	 */
	public java.util.List<SurveyDispatch> findBySurveyId(
		long surveyId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<SurveyDispatch>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first survey dispatch in the ordered set where surveyId = &#63;.
	 *
	 * @param surveyId the survey ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching survey dispatch
	 * @throws NoSuchSurveyDispatchException if a matching survey dispatch could not be found
	 */
	public SurveyDispatch findBySurveyId_First(
			long surveyId,
			com.liferay.portal.kernel.util.OrderByComparator<SurveyDispatch>
				orderByComparator)
		throws NoSuchSurveyDispatchException;

	/**
	 * Returns the first survey dispatch in the ordered set where surveyId = &#63;.
	 *
	 * @param surveyId the survey ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching survey dispatch, or <code>null</code> if a matching survey dispatch could not be found
	 */
	public SurveyDispatch fetchBySurveyId_First(
		long surveyId,
		com.liferay.portal.kernel.util.OrderByComparator<SurveyDispatch>
			orderByComparator);

	/**
	 * Returns the last survey dispatch in the ordered set where surveyId = &#63;.
	 *
	 * @param surveyId the survey ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching survey dispatch
	 * @throws NoSuchSurveyDispatchException if a matching survey dispatch could not be found
	 */
	public SurveyDispatch findBySurveyId_Last(
			long surveyId,
			com.liferay.portal.kernel.util.OrderByComparator<SurveyDispatch>
				orderByComparator)
		throws NoSuchSurveyDispatchException;

	/**
	 * Returns the last survey dispatch in the ordered set where surveyId = &#63;.
	 *
	 * @param surveyId the survey ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching survey dispatch, or <code>null</code> if a matching survey dispatch could not be found
	 */
	public SurveyDispatch fetchBySurveyId_Last(
		long surveyId,
		com.liferay.portal.kernel.util.OrderByComparator<SurveyDispatch>
			orderByComparator);

	/**
	 * Returns the survey dispatches before and after the current survey dispatch in the ordered set where surveyId = &#63;.
	 *
	 * @param surveyDispatchId the primary key of the current survey dispatch
	 * @param surveyId the survey ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next survey dispatch
	 * @throws NoSuchSurveyDispatchException if a survey dispatch with the primary key could not be found
	 */
	public SurveyDispatch[] findBySurveyId_PrevAndNext(
			long surveyDispatchId, long surveyId,
			com.liferay.portal.kernel.util.OrderByComparator<SurveyDispatch>
				orderByComparator)
		throws NoSuchSurveyDispatchException;

	/**
	 * Removes all the survey dispatches where surveyId = &#63; from the database.
	 *
	 * @param surveyId the survey ID
	 */
	public void removeBySurveyId(long surveyId);

	/**
	 * Returns the number of survey dispatches where surveyId = &#63;.
	 *
	 * @param surveyId the survey ID
	 * @return the number of matching survey dispatches
	 */
	public int countBySurveyId(long surveyId);

	/**
	 * Returns all the survey dispatches where companyId = &#63; and status = &#63;.
	 *
	 * @param companyId the company ID
	 * @param status the status
	 * @return the matching survey dispatches
	 */
	public java.util.List<SurveyDispatch> findByC_Status(
		long companyId, int status);

	/**
	 * Returns a range of all the survey dispatches where companyId = &#63; and status = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyDispatchModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param status the status
	 * @param start the lower bound of the range of survey dispatches
	 * @param end the upper bound of the range of survey dispatches (not inclusive)
	 * @return the range of matching survey dispatches
	 */
	public java.util.List<SurveyDispatch> findByC_Status(
		long companyId, int status, int start, int end);

	/**
	 * Returns an ordered range of all the survey dispatches where companyId = &#63; and status = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyDispatchModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param status the status
	 * @param start the lower bound of the range of survey dispatches
	 * @param end the upper bound of the range of survey dispatches (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching survey dispatches
	 */
	public java.util.List<SurveyDispatch> findByC_Status(
		long companyId, int status, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<SurveyDispatch>
			orderByComparator);

	/**
	 * Returns an ordered range of all the survey dispatches where companyId = &#63; and status = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyDispatchModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param status the status
	 * @param start the lower bound of the range of survey dispatches
	 * @param end the upper bound of the range of survey dispatches (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching survey dispatches
	 */
	public java.util.List<SurveyDispatch> findByC_Status(
		long companyId, int status, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<SurveyDispatch>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first survey dispatch in the ordered set where companyId = &#63; and status = &#63;.
	 *
	 * @param companyId the company ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching survey dispatch
	 * @throws NoSuchSurveyDispatchException if a matching survey dispatch could not be found
	 */
	public SurveyDispatch findByC_Status_First(
			long companyId, int status,
			com.liferay.portal.kernel.util.OrderByComparator<SurveyDispatch>
				orderByComparator)
		throws NoSuchSurveyDispatchException;

	/**
	 * Returns the first survey dispatch in the ordered set where companyId = &#63; and status = &#63;.
	 *
	 * @param companyId the company ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching survey dispatch, or <code>null</code> if a matching survey dispatch could not be found
	 */
	public SurveyDispatch fetchByC_Status_First(
		long companyId, int status,
		com.liferay.portal.kernel.util.OrderByComparator<SurveyDispatch>
			orderByComparator);

	/**
	 * Returns the last survey dispatch in the ordered set where companyId = &#63; and status = &#63;.
	 *
	 * @param companyId the company ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching survey dispatch
	 * @throws NoSuchSurveyDispatchException if a matching survey dispatch could not be found
	 */
	public SurveyDispatch findByC_Status_Last(
			long companyId, int status,
			com.liferay.portal.kernel.util.OrderByComparator<SurveyDispatch>
				orderByComparator)
		throws NoSuchSurveyDispatchException;

	/**
	 * Returns the last survey dispatch in the ordered set where companyId = &#63; and status = &#63;.
	 *
	 * @param companyId the company ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching survey dispatch, or <code>null</code> if a matching survey dispatch could not be found
	 */
	public SurveyDispatch fetchByC_Status_Last(
		long companyId, int status,
		com.liferay.portal.kernel.util.OrderByComparator<SurveyDispatch>
			orderByComparator);

	/**
	 * Returns the survey dispatches before and after the current survey dispatch in the ordered set where companyId = &#63; and status = &#63;.
	 *
	 * @param surveyDispatchId the primary key of the current survey dispatch
	 * @param companyId the company ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next survey dispatch
	 * @throws NoSuchSurveyDispatchException if a survey dispatch with the primary key could not be found
	 */
	public SurveyDispatch[] findByC_Status_PrevAndNext(
			long surveyDispatchId, long companyId, int status,
			com.liferay.portal.kernel.util.OrderByComparator<SurveyDispatch>
				orderByComparator)
		throws NoSuchSurveyDispatchException;

	/**
	 * Removes all the survey dispatches where companyId = &#63; and status = &#63; from the database.
	 *
	 * @param companyId the company ID
	 * @param status the status
	 */
	public void removeByC_Status(long companyId, int status);

	/**
	 * Returns the number of survey dispatches where companyId = &#63; and status = &#63;.
	 *
	 * @param companyId the company ID
	 * @param status the status
	 * @return the number of matching survey dispatches
	 */
	public int countByC_Status(long companyId, int status);

	/**
	 * Caches the survey dispatch in the entity cache if it is enabled.
	 *
	 * @param surveyDispatch the survey dispatch
	 */
	public void cacheResult(SurveyDispatch surveyDispatch);

	/**
	 * Caches the survey dispatches in the entity cache if it is enabled.
	 *
	 * @param surveyDispatches the survey dispatches
	 */
	public void cacheResult(java.util.List<SurveyDispatch> surveyDispatches);

	/**
	 * Creates a new survey dispatch with the primary key. Does not add the survey dispatch to the database.
	 *
	 * @param surveyDispatchId the primary key for the new survey dispatch
	 * @return the new survey dispatch
	 */
	public SurveyDispatch create(long surveyDispatchId);

	/**
	 * Removes the survey dispatch with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param surveyDispatchId the primary key of the survey dispatch
	 * @return the survey dispatch that was removed
	 * @throws NoSuchSurveyDispatchException if a survey dispatch with the primary key could not be found
	 */
	public SurveyDispatch remove(long surveyDispatchId)
		throws NoSuchSurveyDispatchException;

	public SurveyDispatch updateImpl(SurveyDispatch surveyDispatch);

	/**
	 * Returns the survey dispatch with the primary key or throws a <code>NoSuchSurveyDispatchException</code> if it could not be found.
	 *
	 * @param surveyDispatchId the primary key of the survey dispatch
	 * @return the survey dispatch
	 * @throws NoSuchSurveyDispatchException if a survey dispatch with the primary key could not be found
	 */
	public SurveyDispatch findByPrimaryKey(long surveyDispatchId)
		throws NoSuchSurveyDispatchException;

	/**
	 * Returns the survey dispatch with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param surveyDispatchId the primary key of the survey dispatch
	 * @return the survey dispatch, or <code>null</code> if a survey dispatch with the primary key could not be found
	 */
	public SurveyDispatch fetchByPrimaryKey(long surveyDispatchId);

	/**
	 * Returns all the survey dispatches.
	 *
	 * @return the survey dispatches
	 */
	public java.util.List<SurveyDispatch> findAll();

	/**
	 * Returns a range of all the survey dispatches.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyDispatchModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of survey dispatches
	 * @param end the upper bound of the range of survey dispatches (not inclusive)
	 * @return the range of survey dispatches
	 */
	public java.util.List<SurveyDispatch> findAll(int start, int end);

	/**
	 * Returns an ordered range of all the survey dispatches.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyDispatchModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of survey dispatches
	 * @param end the upper bound of the range of survey dispatches (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of survey dispatches
	 */
	public java.util.List<SurveyDispatch> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<SurveyDispatch>
			orderByComparator);

	/**
	 * Returns an ordered range of all the survey dispatches.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyDispatchModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of survey dispatches
	 * @param end the upper bound of the range of survey dispatches (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of survey dispatches
	 */
	public java.util.List<SurveyDispatch> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<SurveyDispatch>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Removes all the survey dispatches from the database.
	 */
	public void removeAll();

	/**
	 * Returns the number of survey dispatches.
	 *
	 * @return the number of survey dispatches
	 */
	public int countAll();

}