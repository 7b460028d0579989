<%@ include file="/init.jsp" %>

<%
MyTrainingDisplayContext myTrainingDisplayContext = (MyTrainingDisplayContext)request.getAttribute(TrainingWebKeys.MY_TRAINING_DISPLAY_CONTEXT);

List<String> errorMessageKeys = myTrainingDisplayContext.getErrorMessageKeys();
%>

<portlet:actionURL name="/training/accept_offer" var="acceptOfferURL" />
<portlet:actionURL name="/training/cancel_registration" var="cancelRegistrationURL" />
<portlet:actionURL name="/training/decline_offer" var="declineOfferURL" />
<portlet:actionURL name="/training/delete_course_interest" var="deleteCourseInterestURL" />

<clay:container-fluid cssClass="livsviktig-my-training">
	<h2><liferay-ui:message key="my-training" /></h2>

	<c:if test="<%= !errorMessageKeys.isEmpty() %>">
		<div id="<portlet:namespace />errorSummary" tabindex="-1">
			<clay:alert displayType="danger" title="your-request-could-not-be-completed">
				<ul class="mb-0">

					<%
					for (String errorMessageKey : errorMessageKeys) {
					%>

						<li><liferay-ui:message key="<%= errorMessageKey %>" /></li>

					<%
					}
					%>

				</ul>
			</clay:alert>
		</div>

		<script>
			document.getElementById('<portlet:namespace />errorSummary').focus();
		</script>
	</c:if>

	<%
	for (String successMessageKey : myTrainingDisplayContext.getSuccessMessageKeys()) {
	%>

		<clay:alert displayType="success">
			<liferay-ui:message key="<%= successMessageKey %>" />
		</clay:alert>

	<%
	}
	%>

	<c:choose>
		<c:when test="<%= !myTrainingDisplayContext.isSignedIn() %>">
			<p><liferay-ui:message key="sign-in-to-see-your-training" /></p>
		</c:when>
		<c:otherwise>

			<%
			List<MyRegistration> upcomingRegistrations = myTrainingDisplayContext.getUpcomingRegistrations();
			%>

			<h3><liferay-ui:message key="upcoming-training" /></h3>

			<c:choose>
				<c:when test="<%= upcomingRegistrations.isEmpty() %>">
					<p class="text-secondary"><liferay-ui:message key="no-upcoming-training" /></p>
				</c:when>
				<c:otherwise>
					<table class="table table-autofit table-list livsviktig-upcoming-registrations">
						<caption class="sr-only"><liferay-ui:message key="upcoming-training" /></caption>
						<thead>
							<tr>
								<th scope="col"><liferay-ui:message key="course" /></th>
								<th scope="col"><liferay-ui:message key="dates" /></th>
								<th scope="col"><liferay-ui:message key="place" /></th>
								<th scope="col"><liferay-ui:message key="status" /></th>
								<th scope="col"><span class="sr-only"><liferay-ui:message key="actions" /></span></th>
							</tr>
						</thead>
						<tbody>

							<%
							for (MyRegistration myRegistration : upcomingRegistrations) {
								String courseTitle = myRegistration.getCourseTitle();
							%>

								<tr data-registration-id="<%= myRegistration.getRegistrationId() %>">
									<%@ include file="/my_training/registration_cells.jspf" %>

									<td class="table-cell-expand-smaller">
										<c:if test="<%= myRegistration.isOffered() %>">
											<form action="<%= HtmlUtil.escapeHREF(acceptOfferURL) %>" class="d-inline" method="post">
												<input name="<portlet:namespace />registrationId" type="hidden" value="<%= myRegistration.getRegistrationId() %>" />

												<button class="btn btn-primary btn-sm" type="submit"><liferay-ui:message key="accept-seat" /><span class="sr-only">: <%= HtmlUtil.escape(courseTitle) %></span></button>
											</form>

											<form action="<%= HtmlUtil.escapeHREF(declineOfferURL) %>" class="d-inline" method="post">
												<input name="<portlet:namespace />registrationId" type="hidden" value="<%= myRegistration.getRegistrationId() %>" />

												<button class="btn btn-secondary btn-sm" type="submit"><liferay-ui:message key="decline-seat" /><span class="sr-only">: <%= HtmlUtil.escape(courseTitle) %></span></button>
											</form>
										</c:if>

										<c:if test="<%= myRegistration.getCalendarURL() != null %>">
											<a class="btn btn-link btn-sm livsviktig-calendar-file" download href="<%= HtmlUtil.escapeHREF(myRegistration.getCalendarURL()) %>"><liferay-ui:message key="download-calendar-file" /><span class="sr-only">: <%= HtmlUtil.escape(courseTitle) %></span></a>
										</c:if>

										<c:if test="<%= myRegistration.isCancellable() %>">
											<form action="<%= HtmlUtil.escapeHREF(cancelRegistrationURL) %>" class="d-inline" method="post">
												<input name="<portlet:namespace />registrationId" type="hidden" value="<%= myRegistration.getRegistrationId() %>" />

												<button class="btn btn-secondary btn-sm livsviktig-cancel-registration" type="submit"><liferay-ui:message key="cancel-registration" /><span class="sr-only">: <%= HtmlUtil.escape(courseTitle) %></span></button>
											</form>

											<c:if test="<%= Validator.isNotNull(myRegistration.getCancellationDeadline()) %>">
												<div class="small text-secondary"><liferay-ui:message arguments="<%= HtmlUtil.escape(myRegistration.getCancellationDeadline()) %>" key="you-can-cancel-until-x" translateArguments="<%= false %>" /></div>
											</c:if>
										</c:if>

										<c:if test="<%= myRegistration.isCancellationDeadlinePassed() %>">
											<p class="livsviktig-cancellation-contact small">
												<c:choose>
													<c:when test="<%= Validator.isNotNull(myRegistration.getContactName()) %>">
														<liferay-ui:message arguments="<%= HtmlUtil.escape(myRegistration.getContactName()) %>" key="the-cancellation-deadline-has-passed-to-cancel-contact-x" translateArguments="<%= false %>" />

														<c:if test="<%= Validator.isNotNull(myRegistration.getContactEmailAddress()) %>">
															<a href="mailto:<%= HtmlUtil.escapeAttribute(myRegistration.getContactEmailAddress()) %>"><%= HtmlUtil.escape(myRegistration.getContactEmailAddress()) %></a>
														</c:if>
													</c:when>
													<c:otherwise>
														<liferay-ui:message key="the-cancellation-deadline-has-passed" />
													</c:otherwise>
												</c:choose>
											</p>
										</c:if>
									</td>
								</tr>

							<%
							}
							%>

						</tbody>
					</table>

					<%
					Pagination pagination = myTrainingDisplayContext.getUpcomingPagination();
					String paginationLabelKey = "pages-of-upcoming-training";
					%>

					<%@ include file="/my_training/pagination.jspf" %>
				</c:otherwise>
			</c:choose>

			<%
			List<MyRegistration> pastRegistrations = myTrainingDisplayContext.getPastRegistrations();
			%>

			<h3><liferay-ui:message key="past-training" /></h3>

			<c:choose>
				<c:when test="<%= pastRegistrations.isEmpty() %>">
					<p class="text-secondary"><liferay-ui:message key="no-past-training-yet" /></p>
				</c:when>
				<c:otherwise>
					<table class="table table-autofit table-list livsviktig-past-registrations">
						<caption class="sr-only"><liferay-ui:message key="past-training" /></caption>
						<thead>
							<tr>
								<th scope="col"><liferay-ui:message key="course" /></th>
								<th scope="col"><liferay-ui:message key="dates" /></th>
								<th scope="col"><liferay-ui:message key="place" /></th>
								<th scope="col"><liferay-ui:message key="status" /></th>
								<th scope="col"><liferay-ui:message key="course-certificate" /></th>
							</tr>
						</thead>
						<tbody>

							<%
							for (MyRegistration myRegistration : pastRegistrations) {
							%>

								<tr data-registration-id="<%= myRegistration.getRegistrationId() %>">
									<%@ include file="/my_training/registration_cells.jspf" %>

									<td>
										<c:if test="<%= myRegistration.getCertificateURL() != null %>">
											<a class="livsviktig-certificate" download href="<%= HtmlUtil.escapeHREF(myRegistration.getCertificateURL()) %>"><liferay-ui:message key="download-the-course-certificate" /><span class="sr-only">: <%= HtmlUtil.escape(myRegistration.getCourseTitle()) %></span></a>
										</c:if>
									</td>
								</tr>

							<%
							}
							%>

						</tbody>
					</table>

					<%
					Pagination pagination = myTrainingDisplayContext.getPastPagination();
					String paginationLabelKey = "pages-of-past-training";
					%>

					<%@ include file="/my_training/pagination.jspf" %>
				</c:otherwise>
			</c:choose>

			<%
			List<MyCourseInterest> courseInterests = myTrainingDisplayContext.getCourseInterests();
			%>

			<h3><liferay-ui:message key="my-interest-list" /></h3>

			<p class="text-secondary"><liferay-ui:message key="interest-list-help" /></p>

			<c:choose>
				<c:when test="<%= courseInterests.isEmpty() %>">
					<p class="text-secondary"><liferay-ui:message key="you-are-not-on-any-interest-list" /></p>
				</c:when>
				<c:otherwise>
					<table class="table table-autofit table-list livsviktig-course-interests">
						<caption class="sr-only"><liferay-ui:message key="my-interest-list" /></caption>
						<thead>
							<tr>
								<th scope="col"><liferay-ui:message key="course" /></th>
								<th scope="col"><liferay-ui:message key="on-the-list-since" /></th>
								<th scope="col"><liferay-ui:message key="status" /></th>
								<th scope="col"><span class="sr-only"><liferay-ui:message key="actions" /></span></th>
							</tr>
						</thead>
						<tbody>

							<%
							for (MyCourseInterest myCourseInterest : courseInterests) {
							%>

								<tr>
									<th class="table-cell-expand" scope="row"><%= HtmlUtil.escape(myCourseInterest.getCourseTitle()) %></th>
									<td><%= HtmlUtil.escape(myCourseInterest.getSince()) %></td>
									<td><liferay-ui:message key='<%= myCourseInterest.isNotified() ? "a-session-has-been-published" : "waiting-for-a-session" %>' /></td>
									<td>
										<form action="<%= HtmlUtil.escapeHREF(deleteCourseInterestURL) %>" method="post">
											<input name="<portlet:namespace />courseId" type="hidden" value="<%= myCourseInterest.getCourseId() %>" />

											<button class="btn btn-secondary btn-sm" type="submit"><liferay-ui:message key="remove" /><span class="sr-only">: <%= HtmlUtil.escape(myCourseInterest.getCourseTitle()) %></span></button>
										</form>
									</td>
								</tr>

							<%
							}
							%>

						</tbody>
					</table>
				</c:otherwise>
			</c:choose>
		</c:otherwise>
	</c:choose>
</clay:container-fluid>
