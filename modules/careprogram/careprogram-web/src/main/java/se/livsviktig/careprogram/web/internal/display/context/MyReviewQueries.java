package se.livsviktig.careprogram.web.internal.display.context;

import com.liferay.petra.sql.dsl.DSLQueryFactoryUtil;
import com.liferay.petra.sql.dsl.query.DSLQuery;

import se.livsviktig.careprogram.model.CareProgramTable;
import se.livsviktig.careprogram.model.LocalRoutineTable;

/**
 * What Mina granskningar reads besides the person's routines, one statement each whatever their number: the
 * programmes whose own summary they own, and the programmes their routines belong to (for the titles).
 *
 * @author Livsviktig
 */
public class MyReviewQueries {

	/**
	 * @return the company's programmes the person owns
	 */
	public static DSLQuery ownedCarePrograms(long companyId, long userId) {
		CareProgramTable careProgramTable = CareProgramTable.INSTANCE;

		return DSLQueryFactoryUtil.select(
			careProgramTable
		).from(
			careProgramTable
		).where(
			careProgramTable.companyId.eq(
				companyId
			).and(
				careProgramTable.ownerUserId.eq(userId)
			)
		);
	}

	/**
	 * @return the programmes of the routines the person owns
	 */
	public static DSLQuery ownedRoutinesCarePrograms(long userId) {
		CareProgramTable careProgramTable = CareProgramTable.INSTANCE;
		LocalRoutineTable localRoutineTable = LocalRoutineTable.INSTANCE;

		return DSLQueryFactoryUtil.select(
			careProgramTable
		).from(
			careProgramTable
		).where(
			careProgramTable.careProgramId.in(
				DSLQueryFactoryUtil.select(
					localRoutineTable.careProgramId
				).from(
					localRoutineTable
				).where(
					localRoutineTable.ownerUserId.eq(userId)
				))
		);
	}

	private MyReviewQueries() {
	}

}
