package se.livsviktig.careprogram.test.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import static se.livsviktig.careprogram.test.persistence.CareProgramRows.keys;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.livsviktig.careprogram.model.ContentReview;
import se.livsviktig.careprogram.model.ReviewNotice;
import se.livsviktig.careprogram.service.persistence.ContentReviewPersistence;
import se.livsviktig.careprogram.service.persistence.ReviewNoticePersistence;
import se.livsviktig.platform.persistence.harness.PersistenceHarness;

/**
 * The finders of the review log and of the review notices' claims in service.xml, on PostgreSQL.
 *
 * @author Livsviktig
 */
class ReviewFindersIT {

	@RegisterExtension
	static final PersistenceHarness harness = CareProgramRows.harness();

	@FinderUnderTest(entity = "ContentReview", finder = "CareProgramId")
	@Test
	void findByCareProgramIdReturnsTheProgrammesReviewLogOnly() throws Exception {
		long careProgramId = _rows.newId();

		ContentReview first = _rows.contentReview(row -> row.setCareProgramId(careProgramId));
		ContentReview second = _rows.contentReview(row -> row.setCareProgramId(careProgramId));

		_rows.contentReview(row -> row.setCareProgramId(_rows.newId()));

		ContentReviewPersistence persistence = harness.get(ContentReviewPersistence.class);

		assertEquals(
			keys(first, second),
			keys(_rows.read(() -> persistence.findByCareProgramId(careProgramId))));
		assertEquals(
			2, (int)_rows.read(() -> persistence.countByCareProgramId(careProgramId)));
	}

	@FinderUnderTest(entity = "ContentReview", finder = "LocalRoutineId")
	@Test
	void findByLocalRoutineIdReturnsTheRoutinesReviewLogOnly() throws Exception {
		long localRoutineId = _rows.newId();

		ContentReview first = _rows.contentReview(row -> row.setLocalRoutineId(localRoutineId));
		ContentReview second = _rows.contentReview(row -> row.setLocalRoutineId(localRoutineId));

		_rows.contentReview(row -> row.setLocalRoutineId(_rows.newId()));

		ContentReviewPersistence persistence = harness.get(ContentReviewPersistence.class);

		assertEquals(
			keys(first, second),
			keys(_rows.read(() -> persistence.findByLocalRoutineId(localRoutineId))));
		assertEquals(
			2, (int)_rows.read(() -> persistence.countByLocalRoutineId(localRoutineId)));
	}

	@FinderUnderTest(entity = "ContentReview", finder = "UserId")
	@Test
	void findByUserIdReturnsTheReviewsOfThePersonOnly() throws Exception {
		long userId = _rows.newId();

		ContentReview first = _rows.contentReview(row -> row.setUserId(userId));
		ContentReview second = _rows.contentReview(row -> row.setUserId(userId));

		_rows.contentReview(row -> row.setUserId(_rows.newId()));

		ContentReviewPersistence persistence = harness.get(ContentReviewPersistence.class);

		assertEquals(
			keys(first, second),
			keys(_rows.read(() -> persistence.findByUserId(userId))));
		assertEquals(
			2, (int)_rows.read(() -> persistence.countByUserId(userId)));
	}

	@FinderUnderTest(entity = "ReviewNotice", finder = "R_K_E")
	@Test
	void fetchByR_K_EFindsTheClaimOfThatNoticeAndEpisodeOnly() throws Exception {
		long localRoutineId = _rows.newId();
		long careProgramId = _rows.newId();
		long recipientUserId = _rows.newId();
		int noticeKind = 1;
		String episodeKey = "2026-03-12";

		ReviewNotice expected = _rows.reviewNotice(
			row -> {
				row.setLocalRoutineId(localRoutineId);
				row.setCareProgramId(careProgramId);
				row.setRecipientUserId(recipientUserId);
				row.setNoticeKind(noticeKind);
				row.setEpisodeKey(episodeKey);
			});

		_rows.reviewNotice(
			row -> {
				row.setLocalRoutineId(localRoutineId);
				row.setCareProgramId(careProgramId);
				row.setRecipientUserId(recipientUserId);
				row.setNoticeKind(noticeKind);
				row.setEpisodeKey("another");
			});

		ReviewNoticePersistence persistence = harness.get(ReviewNoticePersistence.class);

		assertEquals(
			expected.getPrimaryKeyObj(),
			_rows.read(
				() -> persistence.fetchByR_K_E(localRoutineId, careProgramId, recipientUserId, noticeKind, episodeKey)
			).getPrimaryKeyObj());
		assertNull(
			_rows.read(() -> persistence.fetchByR_K_E(localRoutineId, careProgramId, recipientUserId, noticeKind, "none")));
		assertEquals(
			1, (int)_rows.read(() -> persistence.countByR_K_E(localRoutineId, careProgramId, recipientUserId, noticeKind, episodeKey)));
	}

	private final CareProgramRows _rows = new CareProgramRows(harness);

}
