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

import se.livsviktig.training.exception.NoSuchAttendanceException;
import se.livsviktig.training.model.Attendance;
import se.livsviktig.training.service.AttendanceLocalServiceUtil;
import se.livsviktig.training.service.persistence.AttendancePersistence;
import se.livsviktig.training.service.persistence.AttendanceUtil;

/**
 * @generated
 */
@RunWith(Arquillian.class)
public class AttendancePersistenceTest {

	@ClassRule
	@Rule
	public static final AggregateTestRule aggregateTestRule =
		new AggregateTestRule(
			new LiferayIntegrationTestRule(), PersistenceTestRule.INSTANCE,
			new TransactionalTestRule(
				Propagation.REQUIRED, "se.livsviktig.training.service"));

	@Before
	public void setUp() {
		_persistence = AttendanceUtil.getPersistence();

		Class<?> clazz = _persistence.getClass();

		_dynamicQueryClassLoader = clazz.getClassLoader();
	}

	@After
	public void tearDown() throws Exception {
		Iterator<Attendance> iterator = _attendances.iterator();

		while (iterator.hasNext()) {
			_persistence.remove(iterator.next());

			iterator.remove();
		}
	}

	@Test
	public void testCreate() throws Exception {
		long pk = RandomTestUtil.nextLong();

		Attendance attendance = _persistence.create(pk);

		Assert.assertNotNull(attendance);

		Assert.assertEquals(attendance.getPrimaryKey(), pk);
	}

	@Test
	public void testRemove() throws Exception {
		Attendance newAttendance = addAttendance();

		_persistence.remove(newAttendance);

		Attendance existingAttendance = _persistence.fetchByPrimaryKey(
			newAttendance.getPrimaryKey());

		Assert.assertNull(existingAttendance);
	}

	@Test
	public void testUpdateNew() throws Exception {
		addAttendance();
	}

	@Test
	public void testUpdateExisting() throws Exception {
		long pk = RandomTestUtil.nextLong();

		Attendance newAttendance = _persistence.create(pk);

		newAttendance.setMvccVersion(RandomTestUtil.nextLong());

		newAttendance.setGroupId(RandomTestUtil.nextLong());

		newAttendance.setCompanyId(RandomTestUtil.nextLong());

		newAttendance.setUserId(RandomTestUtil.nextLong());

		newAttendance.setUserName(RandomTestUtil.randomString());

		newAttendance.setCreateDate(RandomTestUtil.nextDate());

		newAttendance.setModifiedDate(RandomTestUtil.nextDate());

		newAttendance.setCourseSessionId(RandomTestUtil.nextLong());

		newAttendance.setSessionDateId(RandomTestUtil.nextLong());

		newAttendance.setRegistrationId(RandomTestUtil.nextLong());

		newAttendance.setPresent(RandomTestUtil.randomBoolean());

		newAttendance.setSource(RandomTestUtil.nextInt());

		_attendances.add(_persistence.update(newAttendance));

		Attendance existingAttendance = _persistence.findByPrimaryKey(
			newAttendance.getPrimaryKey());

		Assert.assertEquals(
			existingAttendance.getMvccVersion(),
			newAttendance.getMvccVersion());
		Assert.assertEquals(
			existingAttendance.getAttendanceId(),
			newAttendance.getAttendanceId());
		Assert.assertEquals(
			existingAttendance.getGroupId(), newAttendance.getGroupId());
		Assert.assertEquals(
			existingAttendance.getCompanyId(), newAttendance.getCompanyId());
		Assert.assertEquals(
			existingAttendance.getUserId(), newAttendance.getUserId());
		Assert.assertEquals(
			existingAttendance.getUserName(), newAttendance.getUserName());
		Assert.assertEquals(
			Time.getShortTimestamp(existingAttendance.getCreateDate()),
			Time.getShortTimestamp(newAttendance.getCreateDate()));
		Assert.assertEquals(
			Time.getShortTimestamp(existingAttendance.getModifiedDate()),
			Time.getShortTimestamp(newAttendance.getModifiedDate()));
		Assert.assertEquals(
			existingAttendance.getCourseSessionId(),
			newAttendance.getCourseSessionId());
		Assert.assertEquals(
			existingAttendance.getSessionDateId(),
			newAttendance.getSessionDateId());
		Assert.assertEquals(
			existingAttendance.getRegistrationId(),
			newAttendance.getRegistrationId());
		Assert.assertEquals(
			existingAttendance.isPresent(), newAttendance.isPresent());
		Assert.assertEquals(
			existingAttendance.getSource(), newAttendance.getSource());
	}

	@Test
	public void testCountByCourseSessionId() throws Exception {
		_persistence.countByCourseSessionId(RandomTestUtil.nextLong());

		_persistence.countByCourseSessionId(0L);
	}

	@Test
	public void testCountBySessionDateId() throws Exception {
		_persistence.countBySessionDateId(RandomTestUtil.nextLong());

		_persistence.countBySessionDateId(0L);
	}

	@Test
	public void testCountByRegistrationId() throws Exception {
		_persistence.countByRegistrationId(RandomTestUtil.nextLong());

		_persistence.countByRegistrationId(0L);
	}

	@Test
	public void testCountByR_SD() throws Exception {
		_persistence.countByR_SD(
			RandomTestUtil.nextLong(), RandomTestUtil.nextLong());

		_persistence.countByR_SD(0L, 0L);
	}

	@Test
	public void testFindByPrimaryKeyExisting() throws Exception {
		Attendance newAttendance = addAttendance();

		Attendance existingAttendance = _persistence.findByPrimaryKey(
			newAttendance.getPrimaryKey());

		Assert.assertEquals(existingAttendance, newAttendance);
	}

	@Test(expected = NoSuchAttendanceException.class)
	public void testFindByPrimaryKeyMissing() throws Exception {
		long pk = RandomTestUtil.nextLong();

		_persistence.findByPrimaryKey(pk);
	}

	@Test
	public void testFindAll() throws Exception {
		_persistence.findAll(
			QueryUtil.ALL_POS, QueryUtil.ALL_POS, getOrderByComparator());
	}

	protected OrderByComparator<Attendance> getOrderByComparator() {
		return OrderByComparatorFactoryUtil.create(
			"LVTraining_Attendance", "mvccVersion", true, "attendanceId", true,
			"groupId", true, "companyId", true, "userId", true, "userName",
			true, "createDate", true, "modifiedDate", true, "courseSessionId",
			true, "sessionDateId", true, "registrationId", true, "present",
			true, "source", true);
	}

	@Test
	public void testFetchByPrimaryKeyExisting() throws Exception {
		Attendance newAttendance = addAttendance();

		Attendance existingAttendance = _persistence.fetchByPrimaryKey(
			newAttendance.getPrimaryKey());

		Assert.assertEquals(existingAttendance, newAttendance);
	}

	@Test
	public void testFetchByPrimaryKeyMissing() throws Exception {
		long pk = RandomTestUtil.nextLong();

		Attendance missingAttendance = _persistence.fetchByPrimaryKey(pk);

		Assert.assertNull(missingAttendance);
	}

	@Test
	public void testFetchByPrimaryKeysWithMultiplePrimaryKeysWhereAllPrimaryKeysExist()
		throws Exception {

		Attendance newAttendance1 = addAttendance();
		Attendance newAttendance2 = addAttendance();

		Set<Serializable> primaryKeys = new HashSet<Serializable>();

		primaryKeys.add(newAttendance1.getPrimaryKey());
		primaryKeys.add(newAttendance2.getPrimaryKey());

		Map<Serializable, Attendance> attendances =
			_persistence.fetchByPrimaryKeys(primaryKeys);

		Assert.assertEquals(2, attendances.size());
		Assert.assertEquals(
			newAttendance1, attendances.get(newAttendance1.getPrimaryKey()));
		Assert.assertEquals(
			newAttendance2, attendances.get(newAttendance2.getPrimaryKey()));
	}

	@Test
	public void testFetchByPrimaryKeysWithMultiplePrimaryKeysWhereNoPrimaryKeysExist()
		throws Exception {

		long pk1 = RandomTestUtil.nextLong();

		long pk2 = RandomTestUtil.nextLong();

		Set<Serializable> primaryKeys = new HashSet<Serializable>();

		primaryKeys.add(pk1);
		primaryKeys.add(pk2);

		Map<Serializable, Attendance> attendances =
			_persistence.fetchByPrimaryKeys(primaryKeys);

		Assert.assertTrue(attendances.isEmpty());
	}

	@Test
	public void testFetchByPrimaryKeysWithMultiplePrimaryKeysWhereSomePrimaryKeysExist()
		throws Exception {

		Attendance newAttendance = addAttendance();

		long pk = RandomTestUtil.nextLong();

		Set<Serializable> primaryKeys = new HashSet<Serializable>();

		primaryKeys.add(newAttendance.getPrimaryKey());
		primaryKeys.add(pk);

		Map<Serializable, Attendance> attendances =
			_persistence.fetchByPrimaryKeys(primaryKeys);

		Assert.assertEquals(1, attendances.size());
		Assert.assertEquals(
			newAttendance, attendances.get(newAttendance.getPrimaryKey()));
	}

	@Test
	public void testFetchByPrimaryKeysWithNoPrimaryKeys() throws Exception {
		Set<Serializable> primaryKeys = new HashSet<Serializable>();

		Map<Serializable, Attendance> attendances =
			_persistence.fetchByPrimaryKeys(primaryKeys);

		Assert.assertTrue(attendances.isEmpty());
	}

	@Test
	public void testFetchByPrimaryKeysWithOnePrimaryKey() throws Exception {
		Attendance newAttendance = addAttendance();

		Set<Serializable> primaryKeys = new HashSet<Serializable>();

		primaryKeys.add(newAttendance.getPrimaryKey());

		Map<Serializable, Attendance> attendances =
			_persistence.fetchByPrimaryKeys(primaryKeys);

		Assert.assertEquals(1, attendances.size());
		Assert.assertEquals(
			newAttendance, attendances.get(newAttendance.getPrimaryKey()));
	}

	@Test
	public void testActionableDynamicQuery() throws Exception {
		final IntegerWrapper count = new IntegerWrapper();

		ActionableDynamicQuery actionableDynamicQuery =
			AttendanceLocalServiceUtil.getActionableDynamicQuery();

		actionableDynamicQuery.setPerformActionMethod(
			new ActionableDynamicQuery.PerformActionMethod<Attendance>() {

				@Override
				public void performAction(Attendance attendance) {
					Assert.assertNotNull(attendance);

					count.increment();
				}

			});

		actionableDynamicQuery.performActions();

		Assert.assertEquals(count.getValue(), _persistence.countAll());
	}

	@Test
	public void testDynamicQueryByPrimaryKeyExisting() throws Exception {
		Attendance newAttendance = addAttendance();

		DynamicQuery dynamicQuery = DynamicQueryFactoryUtil.forClass(
			Attendance.class, _dynamicQueryClassLoader);

		dynamicQuery.add(
			RestrictionsFactoryUtil.eq(
				"attendanceId", newAttendance.getAttendanceId()));

		List<Attendance> result = _persistence.findWithDynamicQuery(
			dynamicQuery);

		Assert.assertEquals(1, result.size());

		Attendance existingAttendance = result.get(0);

		Assert.assertEquals(existingAttendance, newAttendance);
	}

	@Test
	public void testDynamicQueryByPrimaryKeyMissing() throws Exception {
		DynamicQuery dynamicQuery = DynamicQueryFactoryUtil.forClass(
			Attendance.class, _dynamicQueryClassLoader);

		dynamicQuery.add(
			RestrictionsFactoryUtil.eq(
				"attendanceId", RandomTestUtil.nextLong()));

		List<Attendance> result = _persistence.findWithDynamicQuery(
			dynamicQuery);

		Assert.assertEquals(0, result.size());
	}

	@Test
	public void testDynamicQueryByProjectionExisting() throws Exception {
		Attendance newAttendance = addAttendance();

		DynamicQuery dynamicQuery = DynamicQueryFactoryUtil.forClass(
			Attendance.class, _dynamicQueryClassLoader);

		dynamicQuery.setProjection(
			ProjectionFactoryUtil.property("attendanceId"));

		Object newAttendanceId = newAttendance.getAttendanceId();

		dynamicQuery.add(
			RestrictionsFactoryUtil.in(
				"attendanceId", new Object[] {newAttendanceId}));

		List<Object> result = _persistence.findWithDynamicQuery(dynamicQuery);

		Assert.assertEquals(1, result.size());

		Object existingAttendanceId = result.get(0);

		Assert.assertEquals(existingAttendanceId, newAttendanceId);
	}

	@Test
	public void testDynamicQueryByProjectionMissing() throws Exception {
		DynamicQuery dynamicQuery = DynamicQueryFactoryUtil.forClass(
			Attendance.class, _dynamicQueryClassLoader);

		dynamicQuery.setProjection(
			ProjectionFactoryUtil.property("attendanceId"));

		dynamicQuery.add(
			RestrictionsFactoryUtil.in(
				"attendanceId", new Object[] {RandomTestUtil.nextLong()}));

		List<Object> result = _persistence.findWithDynamicQuery(dynamicQuery);

		Assert.assertEquals(0, result.size());
	}

	@Test
	public void testResetOriginalValues() throws Exception {
		Attendance newAttendance = addAttendance();

		_persistence.clearCache();

		_assertOriginalValues(
			_persistence.findByPrimaryKey(newAttendance.getPrimaryKey()));
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

		Attendance newAttendance = addAttendance();

		if (clearSession) {
			Session session = _persistence.openSession();

			session.flush();

			session.clear();
		}

		DynamicQuery dynamicQuery = DynamicQueryFactoryUtil.forClass(
			Attendance.class, _dynamicQueryClassLoader);

		dynamicQuery.add(
			RestrictionsFactoryUtil.eq(
				"attendanceId", newAttendance.getAttendanceId()));

		List<Attendance> result = _persistence.findWithDynamicQuery(
			dynamicQuery);

		_assertOriginalValues(result.get(0));
	}

	private void _assertOriginalValues(Attendance attendance) {
		Assert.assertEquals(
			Long.valueOf(attendance.getRegistrationId()),
			ReflectionTestUtil.<Long>invoke(
				attendance, "getColumnOriginalValue",
				new Class<?>[] {String.class}, "registrationId"));
		Assert.assertEquals(
			Long.valueOf(attendance.getSessionDateId()),
			ReflectionTestUtil.<Long>invoke(
				attendance, "getColumnOriginalValue",
				new Class<?>[] {String.class}, "sessionDateId"));
	}

	protected Attendance addAttendance() throws Exception {
		long pk = RandomTestUtil.nextLong();

		Attendance attendance = _persistence.create(pk);

		attendance.setMvccVersion(RandomTestUtil.nextLong());

		attendance.setGroupId(RandomTestUtil.nextLong());

		attendance.setCompanyId(RandomTestUtil.nextLong());

		attendance.setUserId(RandomTestUtil.nextLong());

		attendance.setUserName(RandomTestUtil.randomString());

		attendance.setCreateDate(RandomTestUtil.nextDate());

		attendance.setModifiedDate(RandomTestUtil.nextDate());

		attendance.setCourseSessionId(RandomTestUtil.nextLong());

		attendance.setSessionDateId(RandomTestUtil.nextLong());

		attendance.setRegistrationId(RandomTestUtil.nextLong());

		attendance.setPresent(RandomTestUtil.randomBoolean());

		attendance.setSource(RandomTestUtil.nextInt());

		_attendances.add(_persistence.update(attendance));

		return attendance;
	}

	private List<Attendance> _attendances = new ArrayList<Attendance>();
	private AttendancePersistence _persistence;
	private ClassLoader _dynamicQueryClassLoader;

}