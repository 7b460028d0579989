<%@ include file="/init.jsp" %>

<%
MyInstructorAssignmentsDisplayContext myInstructorAssignmentsDisplayContext = (MyInstructorAssignmentsDisplayContext)request.getAttribute(InstructorWebKeys.MY_INSTRUCTOR_ASSIGNMENTS_DISPLAY_CONTEXT);

List<CertificationRow> certificationRows = myInstructorAssignmentsDisplayContext.getCertificationRows();
List<LicenceStandingRow> licenceStandingRows = myInstructorAssignmentsDisplayContext.getLicenceStandingRows();
List<MeetingInvitationRow> meetingInvitationRows = myInstructorAssignmentsDisplayContext.getMeetingInvitationRows();
List<NetworkMembershipRow> networkMembershipRows = myInstructorAssignmentsDisplayContext.getNetworkMembershipRows();
List<TaughtSessionRow> taughtSessionRows = myInstructorAssignmentsDisplayContext.getTaughtSessionRows();

List<FieldError> fieldErrors = myInstructorAssignmentsDisplayContext.getFieldErrors();

String successMessageKey = myInstructorAssignmentsDisplayContext.getSuccessMessageKey();
%>

<clay:container-fluid cssClass="livsviktig-my-instructor-assignments">
	<h2><liferay-ui:message key="my-instructor-assignments" /></h2>

	<%@ include file="/instructor_admin/success_message.jspf" %>

	<%@ include file="/instructor_admin/error_summary.jspf" %>

	<%-- One section per part of an instructor's assignments, each with a sentence when it has nothing to show. --%>

	<section aria-labelledby="<portlet:namespace />myCertifications">
		<h3 id="<portlet:namespace />myCertifications"><liferay-ui:message key="my-certifications" /></h3>

		<c:choose>
			<c:when test="<%= certificationRows.isEmpty() %>">
				<p class="text-secondary"><liferay-ui:message key="you-have-no-certifications" /></p>
			</c:when>
			<c:otherwise>
				<table class="table table-autofit table-list">
					<caption class="sr-only"><liferay-ui:message key="my-certifications" /></caption>
					<thead>
						<tr>
							<th scope="col"><liferay-ui:message key="training-method" /></th>
							<th scope="col"><liferay-ui:message key="certified-date" /></th>
							<th scope="col"><liferay-ui:message key="valid-until" /></th>
							<th scope="col"><liferay-ui:message key="issuer" /></th>
							<th scope="col"><liferay-ui:message key="number" /></th>
							<th scope="col"><liferay-ui:message key="state" /></th>
						</tr>
					</thead>
					<tbody>

						<%
						for (CertificationRow certificationRow : certificationRows) {
						%>

							<tr>
								<th scope="row">
									<%= HtmlUtil.escape(certificationRow.getTrainingMethodName()) %>

									<c:if test="<%= certificationRow.isRenewal() %>">
										<span class="d-block small text-secondary"><liferay-ui:message key="renewal" /></span>
									</c:if>
								</th>
								<td><%= HtmlUtil.escape(certificationRow.getCertifiedDate()) %></td>
								<td><%= (certificationRow.getValidUntil() != null) ? HtmlUtil.escape(certificationRow.getValidUntil()) : LanguageUtil.get(request, "open-ended") %></td>
								<td><%= HtmlUtil.escape(certificationRow.getIssuer()) %></td>
								<td><%= HtmlUtil.escape(certificationRow.getNumber()) %></td>
								<td>
									<liferay-ui:message key="<%= certificationRow.getStateLabelKey() %>" />

									<c:if test="<%= Validator.isNotNull(certificationRow.getStateReason()) %>">
										<span class="d-block small"><liferay-ui:message arguments="<%= HtmlUtil.escape(certificationRow.getStateReason()) %>" key="reason-x" translateArguments="<%= false %>" /></span>
									</c:if>
								</td>
							</tr>

						<%
						}
						%>

					</tbody>
				</table>
			</c:otherwise>
		</c:choose>
	</section>

	<%-- The standing is in words, never colour alone; a method without a rule shows only the certification's validity. --%>

	<section aria-labelledby="<portlet:namespace />myLicenceStanding">
		<h3 id="<portlet:namespace />myLicenceStanding"><liferay-ui:message key="my-licence-standing" /></h3>

		<c:choose>
			<c:when test="<%= licenceStandingRows.isEmpty() %>">
				<p class="text-secondary"><liferay-ui:message key="you-have-no-active-certification-so-no-licence-standing" /></p>
			</c:when>
			<c:otherwise>
				<table class="table table-autofit table-list">
					<caption class="sr-only"><liferay-ui:message key="my-licence-standing" /></caption>
					<thead>
						<tr>
							<th scope="col"><liferay-ui:message key="training-method" /></th>
							<th scope="col"><liferay-ui:message key="licence-standing" /></th>
							<th scope="col"><liferay-ui:message key="sessions-delivered-in-the-period" /></th>
							<th scope="col"><liferay-ui:message key="sessions-still-needed" /></th>
							<th scope="col"><liferay-ui:message key="valid-until" /></th>
						</tr>
					</thead>
					<tbody>

						<%
						for (LicenceStandingRow licenceStandingRow : licenceStandingRows) {
						%>

							<tr>
								<th scope="row"><%= HtmlUtil.escape(licenceStandingRow.getTrainingMethodName()) %></th>
								<td class="font-weight-bold"><liferay-ui:message key="<%= licenceStandingRow.getStandingLabelKey() %>" /></td>

								<c:choose>
									<c:when test="<%= licenceStandingRow.isRuled() %>">
										<td><liferay-ui:message arguments="<%= new Object[] {licenceStandingRow.getSessionsDelivered(), licenceStandingRow.getSessionsRequired()} %>" key="x-of-x-required" translateArguments="<%= false %>" /></td>
										<td>
											<c:choose>
												<c:when test="<%= licenceStandingRow.getSessionsStillNeeded() == 0 %>">
													<liferay-ui:message key="none-still-needed" />
												</c:when>
												<c:when test="<%= licenceStandingRow.getDeadline() != null %>">
													<liferay-ui:message arguments="<%= new Object[] {licenceStandingRow.getSessionsStillNeeded(), HtmlUtil.escape(licenceStandingRow.getDeadline())} %>" key="x-sessions-by-x" translateArguments="<%= false %>" />
												</c:when>
												<c:otherwise>
													<liferay-ui:message arguments="<%= licenceStandingRow.getSessionsStillNeeded() %>" key="x-sessions-to-meet-the-requirement-again" translateArguments="<%= false %>" />
												</c:otherwise>
											</c:choose>
										</td>
									</c:when>
									<c:otherwise>
										<td colspan="2"><liferay-ui:message key="no-session-requirement-the-certification-decides" /></td>
									</c:otherwise>
								</c:choose>

								<td>
									<c:choose>
										<c:when test="<%= licenceStandingRow.getCertifiedUntil() != null %>">
											<%= HtmlUtil.escape(licenceStandingRow.getCertifiedUntil()) %>
										</c:when>
										<c:when test="<%= licenceStandingRow.isOpenEnded() %>">
											<liferay-ui:message key="open-ended" />
										</c:when>
										<c:otherwise>
											<liferay-ui:message key="no-valid-certification" />
										</c:otherwise>
									</c:choose>
								</td>
							</tr>

						<%
						}
						%>

					</tbody>
				</table>
			</c:otherwise>
		</c:choose>
	</section>

	<%-- Invitations first among the network parts: they are what asks something of the reader. Each answer is its own POST form; the button's name says which meeting. --%>

	<section aria-labelledby="<portlet:namespace />myMeetingInvitations">
		<h3 id="<portlet:namespace />myMeetingInvitations"><liferay-ui:message key="meeting-invitations" /></h3>

		<c:choose>
			<c:when test="<%= meetingInvitationRows.isEmpty() %>">
				<p class="text-secondary"><liferay-ui:message key="you-have-no-upcoming-meeting-invitations" /></p>
			</c:when>
			<c:otherwise>
				<ul class="list-unstyled">

					<%
					for (MeetingInvitationRow meetingInvitationRow : meetingInvitationRows) {
						String meetingName = LanguageUtil.format(request, "x-on-x", new Object[] {meetingInvitationRow.getTitle(), meetingInvitationRow.getTimes()}, false);
					%>

						<li class="border-bottom mb-3 pb-3">
							<h4 class="h5 mb-1"><%= HtmlUtil.escape(meetingInvitationRow.getTitle()) %></h4>

							<p class="mb-1"><%= HtmlUtil.escape(meetingInvitationRow.getNetworkName()) %></p>

							<p class="mb-1"><%= HtmlUtil.escape(meetingInvitationRow.getTimes()) %></p>

							<c:if test="<%= Validator.isNotNull(meetingInvitationRow.getPlace()) %>">
								<p class="mb-1"><liferay-ui:message arguments="<%= HtmlUtil.escape(meetingInvitationRow.getPlace()) %>" key="place-x" translateArguments="<%= false %>" /></p>
							</c:if>

							<c:if test="<%= Validator.isNotNull(meetingInvitationRow.getOnlineLink()) %>">
								<p class="mb-1"><a href="<%= HtmlUtil.escapeHREF(meetingInvitationRow.getOnlineLink()) %>" rel="noopener noreferrer" target="_blank"><liferay-ui:message key="online-meeting-link" /><span class="sr-only"> <%= HtmlUtil.escape(meetingName) %> (<liferay-ui:message key="opens-in-a-new-window" />)</span></a></p>
							</c:if>

							<p class="font-weight-bold mb-2"><liferay-ui:message key="your-answer" />: <liferay-ui:message key="<%= meetingInvitationRow.getAnswerLabelKey() %>" /></p>

							<div class="d-flex flex-wrap">

								<%
								for (Option answerChoice : meetingInvitationRow.getAnswerChoices()) {
								%>

									<form action="<%= HtmlUtil.escapeHREF(myInstructorAssignmentsDisplayContext.getAnswerURL()) %>" class="mb-1 mr-2" method="post">
										<input name="<portlet:namespace />networkMeetingId" type="hidden" value="<%= meetingInvitationRow.getNetworkMeetingId() %>" />
										<input name="<portlet:namespace />answer" type="hidden" value="<%= HtmlUtil.escapeAttribute(answerChoice.getValue()) %>" />
										<input name="<portlet:namespace />redirect" type="hidden" value="<%= HtmlUtil.escapeAttribute(myInstructorAssignmentsDisplayContext.getRedirect()) %>" />

										<button class="btn btn-secondary btn-sm" type="submit"><liferay-ui:message key="<%= answerChoice.getLabelKey() %>" /><span class="sr-only">: <%= HtmlUtil.escape(meetingName) %></span></button>
									</form>

								<%
								}
								%>

							</div>
						</li>

					<%
					}
					%>

				</ul>
			</c:otherwise>
		</c:choose>
	</section>

	<section aria-labelledby="<portlet:namespace />myNetworks">
		<h3 id="<portlet:namespace />myNetworks"><liferay-ui:message key="my-networks" /></h3>

		<c:choose>
			<c:when test="<%= networkMembershipRows.isEmpty() %>">
				<p class="text-secondary"><liferay-ui:message key="you-are-in-no-instructor-network" /></p>
			</c:when>
			<c:otherwise>
				<table class="table table-autofit table-list">
					<caption class="sr-only"><liferay-ui:message key="my-networks" /></caption>
					<thead>
						<tr>
							<th scope="col"><liferay-ui:message key="network" /></th>
							<th scope="col"><liferay-ui:message key="my-role" /></th>
						</tr>
					</thead>
					<tbody>

						<%
						for (NetworkMembershipRow networkMembershipRow : networkMembershipRows) {
						%>

							<tr>
								<th scope="row"><%= HtmlUtil.escape(networkMembershipRow.getNetworkName()) %></th>
								<td><liferay-ui:message key="<%= networkMembershipRow.getRoleLabelKey() %>" /></td>
							</tr>

						<%
						}
						%>

					</tbody>
				</table>
			</c:otherwise>
		</c:choose>
	</section>

	<section aria-labelledby="<portlet:namespace />mySessionsTaught">
		<h3 id="<portlet:namespace />mySessionsTaught"><liferay-ui:message key="sessions-i-taught" /></h3>

		<c:choose>
			<c:when test="<%= taughtSessionRows.isEmpty() %>">
				<p class="text-secondary"><liferay-ui:message key="you-have-not-taught-a-session-yet" /></p>
			</c:when>
			<c:otherwise>
				<table class="table table-autofit table-list">
					<caption class="sr-only"><liferay-ui:message key="sessions-i-taught" /></caption>
					<thead>
						<tr>
							<th scope="col"><liferay-ui:message key="course" /></th>
							<th scope="col"><liferay-ui:message key="training-method" /></th>
							<th scope="col"><liferay-ui:message key="dates" /></th>
						</tr>
					</thead>
					<tbody>

						<%
						for (TaughtSessionRow taughtSessionRow : taughtSessionRows) {
						%>

							<tr>
								<th scope="row"><%= HtmlUtil.escape(taughtSessionRow.getCourseTitle()) %></th>
								<td><%= HtmlUtil.escape(taughtSessionRow.getTrainingMethodName()) %></td>
								<td><%= HtmlUtil.escape(taughtSessionRow.getDays()) %></td>
							</tr>

						<%
						}
						%>

					</tbody>
				</table>
			</c:otherwise>
		</c:choose>
	</section>
</clay:container-fluid>
