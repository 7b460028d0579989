package se.livsviktig.instructor.internal.upgrade.v1_1_0;

import com.liferay.portal.kernel.upgrade.UpgradeProcess;

/**
 * Schema 1.0.0 made every text column VARCHAR(75), the generator's default, while the services accept longer
 * texts (a revocation's reason 500 characters, a network's description 4,000, a meeting's agenda and notes 20,000
 * after the sanitizer): the database refused them. The model hints now give each column the length its service
 * checks; this step widens the columns of an instance created on 1.0.0. Widening keeps every stored value.
 *
 * @author Livsviktig
 */
public class TextColumnsUpgradeProcess extends UpgradeProcess {

	/**
	 * Table, column and the type the generated tables.sql gives it (a unit test keeps the two equal).
	 */
	public static final String[][] COLUMNS = {
		{"LVInstructor_Certification", "stateReason", "VARCHAR(500) null"},
		{"LVInstructor_InstructorNetwork", "name", "VARCHAR(150) null"},
		{"LVInstructor_InstructorNetwork", "description", "STRING null"},
		{
			"LVInstructor_InstructorNetwork", "trainingMethodIds",
			"VARCHAR(1000) null"
		},
		{"LVInstructor_NetworkMeeting", "title", "VARCHAR(150) null"},
		{"LVInstructor_NetworkMeeting", "place", "VARCHAR(500) null"},
		{"LVInstructor_NetworkMeeting", "onlineLink", "VARCHAR(1000) null"},
		{"LVInstructor_NetworkMeeting", "agenda", "TEXT null"},
		{"LVInstructor_NetworkMeeting", "notes", "TEXT null"}
	};

	@Override
	protected void doUpgrade() throws Exception {
		for (String[] column : COLUMNS) {
			alterColumnType(column[0], column[1], column[2]);
		}
	}

}
