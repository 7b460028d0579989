/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.training.service.persistence.test;

import com.liferay.arquillian.extension.junit.bridge.junit.Arquillian;
import com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery;
import com.liferay.portal.kernel.dao.orm.DynamicQuery;
import com.liferay.portal.kernel.dao.orm.DynamicQueryFactoryUtil;
import com.liferay.portal.kernel.dao.orm.ProjectionFactoryUtil;
import com.liferay.portal.kernel.dao.orm.QueryUtil;
import com.liferay.portal.kernel.dao.orm.RestrictionsFactoryUtil;
import com.liferay.portal.kernel.dao.orm.Session;
import com.liferay.portal.kernel.test.ReflectionTestUtil;
import com.liferay.portal.kernel.test.rule.AggregateTestRule;
import com.liferay.portal.kernel.test.util.RandomTestUtil;
import com.liferay.portal.kernel.transaction.Propagation;
import com.liferay.portal.kernel.util.IntegerWrapper;
import com.liferay.portal.kernel.util.OrderByComparator;
import com.liferay.portal.kernel.util.OrderByComparatorFactoryUtil;
import com.liferay.portal.kernel.util.Time;
import com.liferay.portal.test.rule.LiferayIntegrationTestRule;
import com.liferay.portal.test.rule.PersistenceTestRule;
import com.liferay.portal.test.rule.TransactionalTestRule;

import java.io.Serializable;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.After;
import org.junit.Assert;
import org.junit.Before;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;

import se.livsviktig.training.exception.NoSuchCourseSessionException;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.service.CourseSessionLocalServiceUtil;
import se.livsviktig.training.service.persistence.CourseSessionPersistence;
import se.livsviktig.training.service.persistence.CourseSessionUtil;

/**
 * @generated
 */
@RunWith(Arquillian.class)
public class CourseSessionPersistenceTest {

	@ClassRule
	@Rule
	public static final AggregateTestRule aggregateTestRule =
		new AggregateTestRule(
			new LiferayIntegrationTestRule(), PersistenceTestRule.INSTANCE,
			new TransactionalTestRule(
				Propagation.REQUIRED, "se.livsviktig.training.service"));

	@Before
	public void setUp() {
		_persistence = CourseSessionUtil.getPersistence();

		Class<?> clazz = _persistence.getClass();

		_dynamicQueryClassLoader = clazz.getClassLoader();
	}

	@After
	public void tearDown() throws Exception {
		Iterator<CourseSession> iterator = _courseSessions.iterator();

		while (iterator.hasNext()) {
			_persistence.remove(iterator.next());

			iterator.remove();
		}
	}

	@Test
	public void testCreate() throws Exception {
		long pk = RandomTestUtil.nextLong();

		CourseSession courseSession = _persistence.create(pk);

		Assert.assertNotNull(courseSession);

		Assert.assertEquals(courseSession.getPrimaryKey(), pk);
	}

	@Test
	public void testRemove() throws Exception {
		CourseSession newCourseSession = addCourseSession();

		_persistence.remove(newCourseSession);

		CourseSession existingCourseSession = _persistence.fetchByPrimaryKey(
			newCourseSession.getPrimaryKey());

		Assert.assertNull(existingCourseSession);
	}

	@Test
	public void testUpdateNew() throws Exception {
		addCourseSession();
	}

	@Test
	public void testUpdateExisting() throws Exception {
		long pk = RandomTestUtil.nextLong();

		CourseSession newCourseSession = _persistence.create(pk);

		newCourseSession.setMvccVersion(RandomTestUtil.nextLong());

		newCourseSession.setUuid(RandomTestUtil.randomString());

		newCourseSession.setGroupId(RandomTestUtil.nextLong());

		newCourseSession.setCompanyId(RandomTestUtil.nextLong());

		newCourseSession.setUserId(RandomTestUtil.nextLong());

		newCourseSession.setUserName(RandomTestUtil.randomString());

		newCourseSession.setCreateDate(RandomTestUtil.nextDate());

		newCourseSession.setModifiedDate(RandomTestUtil.nextDate());

		newCourseSession.setCourseId(RandomTestUtil.nextLong());

		newCourseSession.setTrainingMethodId(RandomTestUtil.nextLong());

		newCourseSession.setCoordinatorUserId(RandomTestUtil.nextLong());

		newCourseSession.setDeliveryMode(RandomTestUtil.nextInt());

		newCourseSession.setVenueName(RandomTestUtil.randomString());

		newCourseSession.setVenueAddress(RandomTestUtil.randomString());

		newCourseSession.setLocality(RandomTestUtil.randomString());

		newCourseSession.setOnlineMeetingURL(RandomTestUtil.randomString());

		newCourseSession.setSeats(RandomTestUtil.nextInt());

		newCourseSession.setSeatsTaken(RandomTestUtil.nextInt());

		newCourseSession.setWaitlistedCount(RandomTestUtil.nextInt());

		newCourseSession.setQueueSequence(RandomTestUtil.nextLong());

		newCourseSession.setStartDate(RandomTestUtil.nextDate());

		newCourseSession.setEndDate(RandomTestUtil.nextDate());

		newCourseSession.setRegistrationOpenDate(RandomTestUtil.nextDate());

		newCourseSession.setRegistrationCloseDate(RandomTestUtil.nextDate());

		newCourseSession.setCancellationDeadline(RandomTestUtil.nextDate());

		newCourseSession.setApprovalRequired(RandomTestUtil.randomBoolean());

		newCourseSession.setWaitlistMode(RandomTestUtil.nextInt());

		newCourseSession.setOfferHours(RandomTestUtil.nextInt());

		newCourseSession.setDietaryNeedsRequested(
			RandomTestUtil.randomBoolean());

		newCourseSession.setNote(RandomTestUtil.randomString());

		newCourseSession.setStatus(RandomTestUtil.nextInt());

		newCourseSession.setStatusByUserId(RandomTestUtil.nextLong());

		newCourseSession.setStatusByUserName(RandomTestUtil.randomString());

		newCourseSession.setStatusDate(RandomTestUtil.nextDate());

		newCourseSession.setStatusReason(RandomTestUtil.randomString());

		_courseSessions.add(_persistence.update(newCourseSession));

		CourseSession existingCourseSession = _persistence.findByPrimaryKey(
			newCourseSession.getPrimaryKey());

		Assert.assertEquals(
			existingCourseSession.getMvccVersion(),
			newCourseSession.getMvccVersion());
		Assert.assertEquals(
			existingCourseSession.getUuid(), newCourseSession.getUuid());
		Assert.assertEquals(
			existingCourseSession.getCourseSessionId(),
			newCourseSession.getCourseSessionId());
		Assert.assertEquals(
			existingCourseSession.getGroupId(), newCourseSession.getGroupId());
		Assert.assertEquals(
			existingCourseSession.getCompanyId(),
			newCourseSession.getCompanyId());
		Assert.assertEquals(
			existingCourseSession.getUserId(), newCourseSession.getUserId());
		Assert.assertEquals(
			existingCourseSession.getUserName(),
			newCourseSession.getUserName());
		Assert.assertEquals(
			Time.getShortTimestamp(existingCourseSession.getCreateDate()),
			Time.getShortTimestamp(newCourseSession.getCreateDate()));
		Assert.assertEquals(
			Time.getShortTimestamp(existingCourseSession.getModifiedDate()),
			Time.getShortTimestamp(newCourseSession.getModifiedDate()));
		Assert.assertEquals(
			existingCourseSession.getCourseId(),
			newCourseSession.getCourseId());
		Assert.assertEquals(
			existingCourseSession.getTrainingMethodId(),
			newCourseSession.getTrainingMethodId());
		Assert.assertEquals(
			existingCourseSession.getCoordinatorUserId(),
			newCourseSession.getCoordinatorUserId());
		Assert.assertEquals(
			existingCourseSession.getDeliveryMode(),
			newCourseSession.getDeliveryMode());
		Assert.assertEquals(
			existingCourseSession.getVenueName(),
			newCourseSession.getVenueName());
		Assert.assertEquals(
			existingCourseSession.getVenueAddress(),
			newCourseSession.getVenueAddress());
		Assert.assertEquals(
			existingCourseSession.getLocality(),
			newCourseSession.getLocality());
		Assert.assertEquals(
			existingCourseSession.getOnlineMeetingURL(),
			newCourseSession.getOnlineMeetingURL());
		Assert.assertEquals(
			existingCourseSession.getSeats(), newCourseSession.getSeats());
		Assert.assertEquals(
			existingCourseSession.getSeatsTaken(),
			newCourseSession.getSeatsTaken());
		Assert.assertEquals(
			existingCourseSession.getWaitlistedCount(),
			newCourseSession.getWaitlistedCount());
		Assert.assertEquals(
			existingCourseSession.getQueueSequence(),
			newCourseSession.getQueueSequence());
		Assert.assertEquals(
			Time.getShortTimestamp(existingCourseSession.getStartDate()),
			Time.getShortTimestamp(newCourseSession.getStartDate()));
		Assert.assertEquals(
			Time.getShortTimestamp(existingCourseSession.getEndDate()),
			Time.getShortTimestamp(newCourseSession.getEndDate()));
		Assert.assertEquals(
			Time.getShortTimestamp(
				existingCourseSession.getRegistrationOpenDate()),
			Time.getShortTimestamp(newCourseSession.getRegistrationOpenDate()));
		Assert.assertEquals(
			Time.getShortTimestamp(
				existingCourseSession.getRegistrationCloseDate()),
			Time.getShortTimestamp(
				newCourseSession.getRegistrationCloseDate()));
		Assert.assertEquals(
			Time.getShortTimestamp(
				existingCourseSession.getCancellationDeadline()),
			Time.getShortTimestamp(newCourseSession.getCancellationDeadline()));
		Assert.assertEquals(
			existingCourseSession.isApprovalRequired(),
			newCourseSession.isApprovalRequired());
		Assert.assertEquals(
			existingCourseSession.getWaitlistMode(),
			newCourseSession.getWaitlistMode());
		Assert.assertEquals(
			existingCourseSession.getOfferHours(),
			newCourseSession.getOfferHours());
		Assert.assertEquals(
			existingCourseSession.isDietaryNeedsRequested(),
			newCourseSession.isDietaryNeedsRequested());
		Assert.assertEquals(
			existingCourseSession.getNote(), newCourseSession.getNote());
		Assert.assertEquals(
			existingCourseSession.getStatus(), newCourseSession.getStatus());
		Assert.assertEquals(
			existingCourseSession.getStatusByUserId(),
			newCourseSession.getStatusByUserId());
		Assert.assertEquals(
			existingCourseSession.getStatusByUserName(),
			newCourseSession.getStatusByUserName());
		Assert.assertEquals(
			Time.getShortTimestamp(existingCourseSession.getStatusDate()),
			Time.getShortTimestamp(newCourseSession.getStatusDate()));
		Assert.assertEquals(
			existingCourseSession.getStatusReason(),
			newCourseSession.getStatusReason());
	}

	@Test
	public void testCountByUuid() throws Exception {
		_persistence.countByUuid("");

		_persistence.countByUuid("null");

		_persistence.countByUuid((String)null);
	}

	@Test
	public void testCountByUUID_G() throws Exception {
		_persistence.countByUUID_G("", RandomTestUtil.nextLong());

		_persistence.countByUUID_G("null", 0L);

		_persistence.countByUUID_G((String)null, 0L);
	}

	@Test
	public void testCountByUuid_C() throws Exception {
		_persistence.countByUuid_C("", RandomTestUtil.nextLong());

		_persistence.countByUuid_C("null", 0L);

		_persistence.countByUuid_C((String)null, 0L);
	}

	@Test
	public void testCountByGroupId() throws Exception {
		_persistence.countByGroupId(RandomTestUtil.nextLong());

		_persistence.countByGroupId(0L);
	}

	@Test
	public void testCountByG_S() throws Exception {
		_persistence.countByG_S(
			RandomTestUtil.nextLong(), RandomTestUtil.nextInt());

		_persistence.countByG_S(0L, 0);
	}

	@Test
	public void testCountByCourseId() throws Exception {
		_persistence.countByCourseId(RandomTestUtil.nextLong());

		_persistence.countByCourseId(0L);
	}

	@Test
	public void testCountByC_S() throws Exception {
		_persistence.countByC_S(
			RandomTestUtil.nextLong(), RandomTestUtil.nextInt());

		_persistence.countByC_S(0L, 0);
	}

	@Test
	public void testCountByC_SArrayable() throws Exception {
		_persistence.countByC_S(
			RandomTestUtil.nextLong(), new int[] {RandomTestUtil.nextInt(), 0});
	}

	@Test
	public void testCountByTrainingMethodId() throws Exception {
		_persistence.countByTrainingMethodId(RandomTestUtil.nextLong());

		_persistence.countByTrainingMethodId(0L);
	}

	@Test
	public void testCountByS_GtSD() throws Exception {
		_persistence.countByS_GtSD(
			RandomTestUtil.nextInt(), RandomTestUtil.nextDate());

		_persistence.countByS_GtSD(0, RandomTestUtil.nextDate());
	}

	@Test
	public void testFindByPrimaryKeyExisting() throws Exception {
		CourseSession newCourseSession = addCourseSession();

		CourseSession existingCourseSession = _persistence.findByPrimaryKey(
			newCourseSession.getPrimaryKey());

		Assert.assertEquals(existingCourseSession, newCourseSession);
	}

	@Test(expected = NoSuchCourseSessionException.class)
	public void testFindByPrimaryKeyMissing() throws Exception {
		long pk = RandomTestUtil.nextLong();

		_persistence.findByPrimaryKey(pk);
	}

	@Test
	public void testFindAll() throws Exception {
		_persistence.findAll(
			QueryUtil.ALL_POS, QueryUtil.ALL_POS, getOrderByComparator());
	}

	@Test
	public void testFilterFindByGroupId() throws Exception {
		_persistence.filterFindByGroupId(
			0, QueryUtil.ALL_POS, QueryUtil.ALL_POS, getOrderByComparator());
	}

	protected OrderByComparator<CourseSession> getOrderByComparator() {
		return OrderByComparatorFactoryUtil.create(
			"LVTraining_CourseSession", "mvccVersion", true, "uuid", true,
			"courseSessionId", true, "groupId", true, "companyId", true,
			"userId", true, "userName", true, "createDate", true,
			"modifiedDate", true, "courseId", true, "trainingMethodId", true,
			"coordinatorUserId", true, "deliveryMode", true, "venueName", true,
			"venueAddress", true, "locality", true, "onlineMeetingURL", true,
			"seats", true, "seatsTaken", true, "waitlistedCount", true,
			"queueSequence", true, "startDate", true, "endDate", true,
			"registrationOpenDate", true, "registrationCloseDate", true,
			"cancellationDeadline", true, "approvalRequired", true,
			"waitlistMode", true, "offerHours", true, "dietaryNeedsRequested",
			true, "note", true, "status", true, "statusByUserId", true,
			"statusByUserName", true, "statusDate", true, "statusReason", true);
	}

	@Test
	public void testFetchByPrimaryKeyExisting() throws Exception {
		CourseSession newCourseSession = addCourseSession();

		CourseSession existingCourseSession = _persistence.fetchByPrimaryKey(
			newCourseSession.getPrimaryKey());

		Assert.assertEquals(existingCourseSession, newCourseSession);
	}

	@Test
	public void testFetchByPrimaryKeyMissing() throws Exception {
		long pk = RandomTestUtil.nextLong();

		CourseSession missingCourseSession = _persistence.fetchByPrimaryKey(pk);

		Assert.assertNull(missingCourseSession);
	}

	@Test
	public void testFetchByPrimaryKeysWithMultiplePrimaryKeysWhereAllPrimaryKeysExist()
		throws Exception {

		CourseSession newCourseSession1 = addCourseSession();
		CourseSession newCourseSession2 = addCourseSession();

		Set<Serializable> primaryKeys = new HashSet<Serializable>();

		primaryKeys.add(newCourseSession1.getPrimaryKey());
		primaryKeys.add(newCourseSession2.getPrimaryKey());

		Map<Serializable, CourseSession> courseSessions =
			_persistence.fetchByPrimaryKeys(primaryKeys);

		Assert.assertEquals(2, courseSessions.size());
		Assert.assertEquals(
			newCourseSession1,
			courseSessions.get(newCourseSession1.getPrimaryKey()));
		Assert.assertEquals(
			newCourseSession2,
			courseSessions.get(newCourseSession2.getPrimaryKey()));
	}

	@Test
	public void testFetchByPrimaryKeysWithMultiplePrimaryKeysWhereNoPrimaryKeysExist()
		throws Exception {

		long pk1 = RandomTestUtil.nextLong();

		long pk2 = RandomTestUtil.nextLong();

		Set<Serializable> primaryKeys = new HashSet<Serializable>();

		primaryKeys.add(pk1);
		primaryKeys.add(pk2);

		Map<Serializable, CourseSession> courseSessions =
			_persistence.fetchByPrimaryKeys(primaryKeys);

		Assert.assertTrue(courseSessions.isEmpty());
	}

	@Test
	public void testFetchByPrimaryKeysWithMultiplePrimaryKeysWhereSomePrimaryKeysExist()
		throws Exception {

		CourseSession newCourseSession = addCourseSession();

		long pk = RandomTestUtil.nextLong();

		Set<Serializable> primaryKeys = new HashSet<Serializable>();

		primaryKeys.add(newCourseSession.getPrimaryKey());
		primaryKeys.add(pk);

		Map<Serializable, CourseSession> courseSessions =
			_persistence.fetchByPrimaryKeys(primaryKeys);

		Assert.assertEquals(1, courseSessions.size());
		Assert.assertEquals(
			newCourseSession,
			courseSessions.get(newCourseSession.getPrimaryKey()));
	}

	@Test
	public void testFetchByPrimaryKeysWithNoPrimaryKeys() throws Exception {
		Set<Serializable> primaryKeys = new HashSet<Serializable>();

		Map<Serializable, CourseSession> courseSessions =
			_persistence.fetchByPrimaryKeys(primaryKeys);

		Assert.assertTrue(courseSessions.isEmpty());
	}

	@Test
	public void testFetchByPrimaryKeysWithOnePrimaryKey() throws Exception {
		CourseSession newCourseSession = addCourseSession();

		Set<Serializable> primaryKeys = new HashSet<Serializable>();

		primaryKeys.add(newCourseSession.getPrimaryKey());

		Map<Serializable, CourseSession> courseSessions =
			_persistence.fetchByPrimaryKeys(primaryKeys);

		Assert.assertEquals(1, courseSessions.size());
		Assert.assertEquals(
			newCourseSession,
			courseSessions.get(newCourseSession.getPrimaryKey()));
	}

	@Test
	public void testActionableDynamicQuery() throws Exception {
		final IntegerWrapper count = new IntegerWrapper();

		ActionableDynamicQuery actionableDynamicQuery =
			CourseSessionLocalServiceUtil.getActionableDynamicQuery();

		actionableDynamicQuery.setPerformActionMethod(
			new ActionableDynamicQuery.PerformActionMethod<CourseSession>() {

				@Override
				public void performAction(CourseSession courseSession) {
					Assert.assertNotNull(courseSession);

					count.increment();
				}

			});

		actionableDynamicQuery.performActions();

		Assert.assertEquals(count.getValue(), _persistence.countAll());
	}

	@Test
	public void testDynamicQueryByPrimaryKeyExisting() throws Exception {
		CourseSession newCourseSession = addCourseSession();

		DynamicQuery dynamicQuery = DynamicQueryFactoryUtil.forClass(
			CourseSession.class, _dynamicQueryClassLoader);

		dynamicQuery.add(
			RestrictionsFactoryUtil.eq(
				"courseSessionId", newCourseSession.getCourseSessionId()));

		List<CourseSession> result = _persistence.findWithDynamicQuery(
			dynamicQuery);

		Assert.assertEquals(1, result.size());

		CourseSession existingCourseSession = result.get(0);

		Assert.assertEquals(existingCourseSession, newCourseSession);
	}

	@Test
	public void testDynamicQueryByPrimaryKeyMissing() throws Exception {
		DynamicQuery dynamicQuery = DynamicQueryFactoryUtil.forClass(
			CourseSession.class, _dynamicQueryClassLoader);

		dynamicQuery.add(
			RestrictionsFactoryUtil.eq(
				"courseSessionId", RandomTestUtil.nextLong()));

		List<CourseSession> result = _persistence.findWithDynamicQuery(
			dynamicQuery);

		Assert.assertEquals(0, result.size());
	}

	@Test
	public void testDynamicQueryByProjectionExisting() throws Exception {
		CourseSession newCourseSession = addCourseSession();

		DynamicQuery dynamicQuery = DynamicQueryFactoryUtil.forClass(
			CourseSession.class, _dynamicQueryClassLoader);

		dynamicQuery.setProjection(
			ProjectionFactoryUtil.property("courseSessionId"));

		Object newCourseSessionId = newCourseSession.getCourseSessionId();

		dynamicQuery.add(
			RestrictionsFactoryUtil.in(
				"courseSessionId", new Object[] {newCourseSessionId}));

		List<Object> result = _persistence.findWithDynamicQuery(dynamicQuery);

		Assert.assertEquals(1, result.size());

		Object existingCourseSessionId = result.get(0);

		Assert.assertEquals(existingCourseSessionId, newCourseSessionId);
	}

	@Test
	public void testDynamicQueryByProjectionMissing() throws Exception {
		DynamicQuery dynamicQuery = DynamicQueryFactoryUtil.forClass(
			CourseSession.class, _dynamicQueryClassLoader);

		dynamicQuery.setProjection(
			ProjectionFactoryUtil.property("courseSessionId"));

		dynamicQuery.add(
			RestrictionsFactoryUtil.in(
				"courseSessionId", new Object[] {RandomTestUtil.nextLong()}));

		List<Object> result = _persistence.findWithDynamicQuery(dynamicQuery);

		Assert.assertEquals(0, result.size());
	}

	@Test
	public void testResetOriginalValues() throws Exception {
		CourseSession newCourseSession = addCourseSession();

		_persistence.clearCache();

		_assertOriginalValues(
			_persistence.findByPrimaryKey(newCourseSession.getPrimaryKey()));
	}

	@Test
	public void testResetOriginalValuesWithDynamicQueryLoadFromDatabase()
		throws Exception {

		_testResetOriginalValuesWithDynamicQuery(true);
	}

	@Test
	public void testResetOriginalValuesWithDynamicQueryLoadFromSession()
		throws Exception {

		_testResetOriginalValuesWithDynamicQuery(false);
	}

	private void _testResetOriginalValuesWithDynamicQuery(boolean clearSession)
		throws Exception {

		CourseSession newCourseSession = addCourseSession();

		if (clearSession) {
			Session session = _persistence.openSession();

			session.flush();

			session.clear();
		}

		DynamicQuery dynamicQuery = DynamicQueryFactoryUtil.forClass(
			CourseSession.class, _dynamicQueryClassLoader);

		dynamicQuery.add(
			RestrictionsFactoryUtil.eq(
				"courseSessionId", newCourseSession.getCourseSessionId()));

		List<CourseSession> result = _persistence.findWithDynamicQuery(
			dynamicQuery);

		_assertOriginalValues(result.get(0));
	}

	private void _assertOriginalValues(CourseSession courseSession) {
		Assert.assertEquals(
			courseSession.getUuid(),
			ReflectionTestUtil.invoke(
				courseSession, "getColumnOriginalValue",
				new Class<?>[] {String.class}, "uuid_"));
		Assert.assertEquals(
			Long.valueOf(courseSession.getGroupId()),
			ReflectionTestUtil.<Long>invoke(
				courseSession, "getColumnOriginalValue",
				new Class<?>[] {String.class}, "groupId"));
	}

	protected CourseSession addCourseSession() throws Exception {
		long pk = RandomTestUtil.nextLong();

		CourseSession courseSession = _persistence.create(pk);

		courseSession.setMvccVersion(RandomTestUtil.nextLong());

		courseSession.setUuid(RandomTestUtil.randomString());

		courseSession.setGroupId(RandomTestUtil.nextLong());

		courseSession.setCompanyId(RandomTestUtil.nextLong());

		courseSession.setUserId(RandomTestUtil.nextLong());

		courseSession.setUserName(RandomTestUtil.randomString());

		courseSession.setCreateDate(RandomTestUtil.nextDate());

		courseSession.setModifiedDate(RandomTestUtil.nextDate());

		courseSession.setCourseId(RandomTestUtil.nextLong());

		courseSession.setTrainingMethodId(RandomTestUtil.nextLong());

		courseSession.setCoordinatorUserId(RandomTestUtil.nextLong());

		courseSession.setDeliveryMode(RandomTestUtil.nextInt());

		courseSession.setVenueName(RandomTestUtil.randomString());

		courseSession.setVenueAddress(RandomTestUtil.randomString());

		courseSession.setLocality(RandomTestUtil.randomString());

		courseSession.setOnlineMeetingURL(RandomTestUtil.randomString());

		courseSession.setSeats(RandomTestUtil.nextInt());

		courseSession.setSeatsTaken(RandomTestUtil.nextInt());

		courseSession.setWaitlistedCount(RandomTestUtil.nextInt());

		courseSession.setQueueSequence(RandomTestUtil.nextLong());

		courseSession.setStartDate(RandomTestUtil.nextDate());

		courseSession.setEndDate(RandomTestUtil.nextDate());

		courseSession.setRegistrationOpenDate(RandomTestUtil.nextDate());

		courseSession.setRegistrationCloseDate(RandomTestUtil.nextDate());

		courseSession.setCancellationDeadline(RandomTestUtil.nextDate());

		courseSession.setApprovalRequired(RandomTestUtil.randomBoolean());

		courseSession.setWaitlistMode(RandomTestUtil.nextInt());

		courseSession.setOfferHours(RandomTestUtil.nextInt());

		courseSession.setDietaryNeedsRequested(RandomTestUtil.randomBoolean());

		courseSession.setNote(RandomTestUtil.randomString());

		courseSession.setStatus(RandomTestUtil.nextInt());

		courseSession.setStatusByUserId(RandomTestUtil.nextLong());

		courseSession.setStatusByUserName(RandomTestUtil.randomString());

		courseSession.setStatusDate(RandomTestUtil.nextDate());

		courseSession.setStatusReason(RandomTestUtil.randomString());

		_courseSessions.add(_persistence.update(courseSession));

		return courseSession;
	}

	private List<CourseSession> _courseSessions =
		new ArrayList<CourseSession>();
	private CourseSessionPersistence _persistence;
	private ClassLoader _dynamicQueryClassLoader;

}