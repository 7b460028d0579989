/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.instructor.service.persistence;

import com.liferay.portal.kernel.service.persistence.BasePersistence;

import org.osgi.annotation.versioning.ProviderType;

import se.livsviktig.instructor.exception.NoSuchInstructorNoticeException;
import se.livsviktig.instructor.model.InstructorNotice;

/**
 * The persistence interface for the instructor notice service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Livsviktig
 * @see InstructorNoticeUtil
 * @generated
 */
@ProviderType
public interface InstructorNoticePersistence
	extends BasePersistence<InstructorNotice> {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this interface directly. Always use {@link InstructorNoticeUtil} to access the instructor notice persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this interface.
	 */

	/**
	 * Returns the instructor notice where certificationId = &#63; and noticeKind = &#63; or throws a <code>NoSuchInstructorNoticeException</code> if it could not be found.
	 *
	 * @param certificationId the certification ID
	 * @param noticeKind the notice kind
	 * @return the matching instructor notice
	 * @throws NoSuchInstructorNoticeException if a matching instructor notice could not be found
	 */
	public InstructorNotice findByCI_NK(long certificationId, String noticeKind)
		throws NoSuchInstructorNoticeException;

	/**
	 * Returns the instructor notice where certificationId = &#63; and noticeKind = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param certificationId the certification ID
	 * @param noticeKind the notice kind
	 * @return the matching instructor notice, or <code>null</code> if a matching instructor notice could not be found
	 */
	public InstructorNotice fetchByCI_NK(
		long certificationId, String noticeKind);

	/**
	 * Returns the instructor notice where certificationId = &#63; and noticeKind = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param certificationId the certification ID
	 * @param noticeKind the notice kind
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching instructor notice, or <code>null</code> if a matching instructor notice could not be found
	 */
	public InstructorNotice fetchByCI_NK(
		long certificationId, String noticeKind, boolean useFinderCache);

	/**
	 * Removes the instructor notice where certificationId = &#63; and noticeKind = &#63; from the database.
	 *
	 * @param certificationId the certification ID
	 * @param noticeKind the notice kind
	 * @return the instructor notice that was removed
	 */
	public InstructorNotice removeByCI_NK(
			long certificationId, String noticeKind)
		throws NoSuchInstructorNoticeException;

	/**
	 * Returns the number of instructor notices where certificationId = &#63; and noticeKind = &#63;.
	 *
	 * @param certificationId the certification ID
	 * @param noticeKind the notice kind
	 * @return the number of matching instructor notices
	 */
	public int countByCI_NK(long certificationId, String noticeKind);

	/**
	 * Returns all the instructor notices where userId = &#63;.
	 *
	 * @param userId the user ID
	 * @return the matching instructor notices
	 */
	public java.util.List<InstructorNotice> findByUserId(long userId);

	/**
	 * Returns a range of all the instructor notices where userId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>InstructorNoticeModelImpl</code>.
	 * </p>
	 *
	 * @param userId the user ID
	 * @param start the lower bound of the range of instructor notices
	 * @param end the upper bound of the range of instructor notices (not inclusive)
	 * @return the range of matching instructor notices
	 */
	public java.util.List<InstructorNotice> findByUserId(
		long userId, int start, int end);

	/**
	 * Returns an ordered range of all the instructor notices where userId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>InstructorNoticeModelImpl</code>.
	 * </p>
	 *
	 * @param userId the user ID
	 * @param start the lower bound of the range of instructor notices
	 * @param end the upper bound of the range of instructor notices (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching instructor notices
	 */
	public java.util.List<InstructorNotice> findByUserId(
		long userId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<InstructorNotice>
			orderByComparator);

	/**
	 * Returns an ordered range of all the instructor notices where userId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>InstructorNoticeModelImpl</code>.
	 * </p>
	 *
	 * @param userId the user ID
	 * @param start the lower bound of the range of instructor notices
	 * @param end the upper bound of the range of instructor notices (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching instructor notices
	 */
	public java.util.List<InstructorNotice> findByUserId(
		long userId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<InstructorNotice>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first instructor notice in the ordered set where userId = &#63;.
	 *
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching instructor notice
	 * @throws NoSuchInstructorNoticeException if a matching instructor notice could not be found
	 */
	public InstructorNotice findByUserId_First(
			long userId,
			com.liferay.portal.kernel.util.OrderByComparator<InstructorNotice>
				orderByComparator)
		throws NoSuchInstructorNoticeException;

	/**
	 * Returns the first instructor notice in the ordered set where userId = &#63;.
	 *
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching instructor notice, or <code>null</code> if a matching instructor notice could not be found
	 */
	public InstructorNotice fetchByUserId_First(
		long userId,
		com.liferay.portal.kernel.util.OrderByComparator<InstructorNotice>
			orderByComparator);

	/**
	 * Returns the last instructor notice in the ordered set where userId = &#63;.
	 *
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching instructor notice
	 * @throws NoSuchInstructorNoticeException if a matching instructor notice could not be found
	 */
	public InstructorNotice findByUserId_Last(
			long userId,
			com.liferay.portal.kernel.util.OrderByComparator<InstructorNotice>
				orderByComparator)
		throws NoSuchInstructorNoticeException;

	/**
	 * Returns the last instructor notice in the ordered set where userId = &#63;.
	 *
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching instructor notice, or <code>null</code> if a matching instructor notice could not be found
	 */
	public InstructorNotice fetchByUserId_Last(
		long userId,
		com.liferay.portal.kernel.util.OrderByComparator<InstructorNotice>
			orderByComparator);

	/**
	 * Returns the instructor notices before and after the current instructor notice in the ordered set where userId = &#63;.
	 *
	 * @param instructorNoticeId the primary key of the current instructor notice
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next instructor notice
	 * @throws NoSuchInstructorNoticeException if a instructor notice with the primary key could not be found
	 */
	public InstructorNotice[] findByUserId_PrevAndNext(
			long instructorNoticeId, long userId,
			com.liferay.portal.kernel.util.OrderByComparator<InstructorNotice>
				orderByComparator)
		throws NoSuchInstructorNoticeException;

	/**
	 * Removes all the instructor notices where userId = &#63; from the database.
	 *
	 * @param userId the user ID
	 */
	public void removeByUserId(long userId);

	/**
	 * Returns the number of instructor notices where userId = &#63;.
	 *
	 * @param userId the user ID
	 * @return the number of matching instructor notices
	 */
	public int countByUserId(long userId);

	/**
	 * Caches the instructor notice in the entity cache if it is enabled.
	 *
	 * @param instructorNotice the instructor notice
	 */
	public void cacheResult(InstructorNotice instructorNotice);

	/**
	 * Caches the instructor notices in the entity cache if it is enabled.
	 *
	 * @param instructorNotices the instructor notices
	 */
	public void cacheResult(java.util.List<InstructorNotice> instructorNotices);

	/**
	 * Creates a new instructor notice with the primary key. Does not add the instructor notice to the database.
	 *
	 * @param instructorNoticeId the primary key for the new instructor notice
	 * @return the new instructor notice
	 */
	public InstructorNotice create(long instructorNoticeId);

	/**
	 * Removes the instructor notice with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param instructorNoticeId the primary key of the instructor notice
	 * @return the instructor notice that was removed
	 * @throws NoSuchInstructorNoticeException if a instructor notice with the primary key could not be found
	 */
	public InstructorNotice remove(long instructorNoticeId)
		throws NoSuchInstructorNoticeException;

	public InstructorNotice updateImpl(InstructorNotice instructorNotice);

	/**
	 * Returns the instructor notice with the primary key or throws a <code>NoSuchInstructorNoticeException</code> if it could not be found.
	 *
	 * @param instructorNoticeId the primary key of the instructor notice
	 * @return the instructor notice
	 * @throws NoSuchInstructorNoticeException if a instructor notice with the primary key could not be found
	 */
	public InstructorNotice findByPrimaryKey(long instructorNoticeId)
		throws NoSuchInstructorNoticeException;

	/**
	 * Returns the instructor notice with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param instructorNoticeId the primary key of the instructor notice
	 * @return the instructor notice, or <code>null</code> if a instructor notice with the primary key could not be found
	 */
	public InstructorNotice fetchByPrimaryKey(long instructorNoticeId);

	/**
	 * Returns all the instructor notices.
	 *
	 * @return the instructor notices
	 */
	public java.util.List<InstructorNotice> findAll();

	/**
	 * Returns a range of all the instructor notices.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>InstructorNoticeModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of instructor notices
	 * @param end the upper bound of the range of instructor notices (not inclusive)
	 * @return the range of instructor notices
	 */
	public java.util.List<InstructorNotice> findAll(int start, int end);

	/**
	 * Returns an ordered range of all the instructor notices.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>InstructorNoticeModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of instructor notices
	 * @param end the upper bound of the range of instructor notices (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of instructor notices
	 */
	public java.util.List<InstructorNotice> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<InstructorNotice>
			orderByComparator);

	/**
	 * Returns an ordered range of all the instructor notices.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>InstructorNoticeModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of instructor notices
	 * @param end the upper bound of the range of instructor notices (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of instructor notices
	 */
	public java.util.List<InstructorNotice> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<InstructorNotice>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Removes all the instructor notices from the database.
	 */
	public void removeAll();

	/**
	 * Returns the number of instructor notices.
	 *
	 * @return the number of instructor notices
	 */
	public int countAll();

}