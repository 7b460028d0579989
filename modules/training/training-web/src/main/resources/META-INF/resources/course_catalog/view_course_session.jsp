<%@ include file="/init.jsp" %>

<%
CourseSessionDisplayContext courseSessionDisplayContext = (CourseSessionDisplayContext)request.getAttribute(TrainingWebKeys.COURSE_SESSION_DISPLAY_CONTEXT);

CourseSession courseSession = courseSessionDisplayContext.getCourseSession();
CourseSessionDisplayContext.State state = courseSessionDisplayContext.getState();
String errorMessageKey = courseSessionDisplayContext.getErrorMessageKey();
String successMessageKey = courseSessionDisplayContext.getSuccessMessageKey();
%>

<clay:container-fluid cssClass="livsviktig-course-session">
	<p>
		<a href="<%= HtmlUtil.escapeHREF(courseSessionDisplayContext.getBackURL()) %>"><liferay-ui:message key="back-to-the-course-catalogue" /></a>
	</p>

	<h2><%= HtmlUtil.escape(courseSessionDisplayContext.getCourseTitle()) %></h2>

	<c:if test="<%= errorMessageKey != null %>">
		<div class="livsviktig-error-summary" id="<portlet:namespace />errorSummary" role="alert" tabindex="-1">
			<clay:alert displayType="danger">
				<liferay-ui:message key="<%= errorMessageKey %>" />
			</clay:alert>
		</div>
	</c:if>

	<c:if test="<%= successMessageKey != null %>">
		<div role="status">
			<clay:alert displayType="success">
				<liferay-ui:message key="<%= successMessageKey %>" />
			</clay:alert>
		</div>
	</c:if>

	<%-- First on the page, so a participant who scanned the QR code on a phone sees it without scrolling --%>

	<c:choose>
		<c:when test="<%= courseSessionDisplayContext.isShowCheckIn() %>">
			<clay:sheet cssClass="livsviktig-check-in">
				<h3 id="<portlet:namespace />checkInHeading"><liferay-ui:message key="check-in" /></h3>

				<p id="<portlet:namespace />checkInHelp"><liferay-ui:message key="check-in-help" /></p>

				<form aria-labelledby="<portlet:namespace />checkInHeading" action="<%= HtmlUtil.escapeAttribute(courseSessionDisplayContext.getCheckInURL()) %>" id="<portlet:namespace />checkInForm" method="post">
					<div class="form-group">
						<label for="<portlet:namespace />checkInCode"><liferay-ui:message key="check-in-code" /></label>

						<input aria-describedby="<portlet:namespace />checkInHelp" autocapitalize="characters" autocomplete="off" class="form-control" id="<portlet:namespace />checkInCode" maxlength="20" name="<portlet:namespace />checkInCode" required spellcheck="false" type="text" value="<%= HtmlUtil.escapeAttribute(courseSessionDisplayContext.getCheckInCode()) %>" />
					</div>

					<button class="btn btn-block btn-primary" type="submit"><liferay-ui:message key="check-in-now" /></button>
				</form>
			</clay:sheet>
		</c:when>
		<c:when test="<%= courseSessionDisplayContext.isSignInToCheckIn() %>">
			<clay:alert displayType="info">
				<liferay-ui:message key="sign-in-to-check-in" />
			</clay:alert>
		</c:when>
	</c:choose>

	<clay:row>
		<clay:col md="8">
			<p class="text-secondary"><%= HtmlUtil.escape(courseSessionDisplayContext.getMethodName()) %></p>

			<p><%= HtmlUtil.escape(courseSessionDisplayContext.getCourseDescription()) %></p>

			<h3><liferay-ui:message key="dates" /></h3>

			<ul>

				<%
				for (SessionDate sessionDate : courseSessionDisplayContext.getSessionDates()) {
				%>

					<li><%= HtmlUtil.escape(courseSessionDisplayContext.getSessionDateText(sessionDate)) %></li>

				<%
				}
				%>

			</ul>

			<h3><liferay-ui:message key="place" /></h3>

			<p>
				<c:choose>
					<c:when test="<%= courseSessionDisplayContext.isOnline() %>">
						<liferay-ui:message key="online" />
					</c:when>
					<c:otherwise>
						<%= HtmlUtil.escape(courseSessionDisplayContext.getVenue()) %>
					</c:otherwise>
				</c:choose>
			</p>

			<dl>
				<c:if test="<%= Validator.isNotNull(courseSessionDisplayContext.getRegistrationCloseDate()) %>">
					<dt><liferay-ui:message key="last-day-to-register" /></dt>
					<dd><%= HtmlUtil.escape(courseSessionDisplayContext.getRegistrationCloseDate()) %></dd>
				</c:if>

				<c:if test="<%= Validator.isNotNull(courseSessionDisplayContext.getCancellationDeadline()) %>">
					<dt><liferay-ui:message key="last-day-to-cancel" /></dt>
					<dd><%= HtmlUtil.escape(courseSessionDisplayContext.getCancellationDeadline()) %></dd>
				</c:if>

				<dt><liferay-ui:message key="seats-left" /></dt>
				<dd><%= courseSessionDisplayContext.getSeatsLeft() %></dd>
			</dl>
		</clay:col>

		<clay:col md="4">
			<clay:sheet>
				<h3><liferay-ui:message key="your-registration" /></h3>

				<c:choose>
					<c:when test="<%= (state == CourseSessionDisplayContext.State.OPEN) || (state == CourseSessionDisplayContext.State.FULL) %>">
						<p>
							<c:choose>
								<c:when test="<%= state == CourseSessionDisplayContext.State.FULL %>">
									<liferay-ui:message key="the-session-is-full-you-can-join-the-waitlist" />
								</c:when>
								<c:otherwise>
									<liferay-ui:message key="you-are-not-registered-yet" />
								</c:otherwise>
							</c:choose>
						</p>

						<form action="<%= HtmlUtil.escapeAttribute(courseSessionDisplayContext.getRegisterURL()) %>" method="post">
							<c:if test="<%= courseSessionDisplayContext.isMotivationRequested() %>">
								<div class="form-group">
									<label for="<portlet:namespace />motivation"><liferay-ui:message key="motivation-for-your-manager" /></label>

									<textarea class="form-control" id="<portlet:namespace />motivation" name="<portlet:namespace />motivation" rows="3"><%= HtmlUtil.escape(courseSessionDisplayContext.getFormValue("motivation")) %></textarea>
								</div>
							</c:if>

							<c:if test="<%= courseSessionDisplayContext.isDietaryNeedsRequested() %>">
								<div class="form-group">
									<label for="<portlet:namespace />dietaryNeeds"><liferay-ui:message key="dietary-needs" /></label>

									<input aria-describedby="<portlet:namespace />dietaryNeedsHelp" class="form-control" id="<portlet:namespace />dietaryNeeds" name="<portlet:namespace />dietaryNeeds" type="text" value="<%= HtmlUtil.escapeAttribute(courseSessionDisplayContext.getFormValue("dietaryNeeds")) %>" />

									<p class="form-text text-secondary" id="<portlet:namespace />dietaryNeedsHelp"><liferay-ui:message key="dietary-needs-help" /></p>
								</div>
							</c:if>

							<button class="btn btn-primary" type="submit">
								<liferay-ui:message key='<%= (state == CourseSessionDisplayContext.State.FULL) ? "join-the-waitlist" : "register" %>' />
							</button>
						</form>
					</c:when>
					<c:when test="<%= state == CourseSessionDisplayContext.State.CLOSED %>">
						<p><liferay-ui:message key="registration-is-not-open-for-this-session" /></p>
					</c:when>
					<c:when test="<%= state == CourseSessionDisplayContext.State.OFFERED %>">
						<p><liferay-ui:message arguments="<%= HtmlUtil.escape(courseSessionDisplayContext.getOfferExpiration()) %>" key="a-seat-is-offered-to-you-until-x" /></p>

						<form action="<%= HtmlUtil.escapeAttribute(courseSessionDisplayContext.getAcceptOfferURL()) %>" class="d-inline" method="post">
							<button class="btn btn-primary" type="submit"><liferay-ui:message key="accept-the-seat" /></button>
						</form>

						<form action="<%= HtmlUtil.escapeAttribute(courseSessionDisplayContext.getDeclineOfferURL()) %>" class="d-inline" method="post">
							<button class="btn btn-secondary" type="submit"><liferay-ui:message key="decline-the-seat" /></button>
						</form>
					</c:when>
					<c:when test="<%= state == CourseSessionDisplayContext.State.DONE %>">
						<p><liferay-ui:message key="this-session-is-in-my-training" /></p>
					</c:when>
					<c:otherwise>
						<p>
							<c:choose>
								<c:when test="<%= state == CourseSessionDisplayContext.State.WAITLISTED %>">
									<liferay-ui:message arguments="<%= courseSessionDisplayContext.getWaitlistPosition() %>" key="you-are-number-x-on-the-waitlist" />
								</c:when>
								<c:when test="<%= state == CourseSessionDisplayContext.State.PENDING_APPROVAL %>">
									<liferay-ui:message key="your-request-waits-for-your-managers-approval" />
								</c:when>
								<c:otherwise>
									<liferay-ui:message key="you-are-registered" />
								</c:otherwise>
							</c:choose>
						</p>

						<c:choose>
							<c:when test="<%= courseSessionDisplayContext.isBeforeCancellationDeadline() %>">
								<form action="<%= HtmlUtil.escapeAttribute(courseSessionDisplayContext.getCancelURL()) %>" method="post">
									<button class="btn btn-secondary" type="submit">
										<liferay-ui:message key='<%= (state == CourseSessionDisplayContext.State.WAITLISTED) ? "leave-the-waitlist" : "cancel-registration" %>' />
									</button>
								</form>
							</c:when>
							<c:otherwise>
								<p><liferay-ui:message key="the-cancellation-deadline-has-passed-contact-the-coordinator" /></p>
							</c:otherwise>
						</c:choose>
					</c:otherwise>
				</c:choose>
			</clay:sheet>

			<c:if test="<%= courseSessionDisplayContext.isShowRegisterColleague() %>">
				<clay:sheet>
					<h3><liferay-ui:message key="register-a-colleague" /></h3>

					<form action="<%= HtmlUtil.escapeAttribute(courseSessionDisplayContext.getRegisterColleagueURL()) %>" method="post">
						<div class="form-group">
							<label for="<portlet:namespace />colleagueEmailAddress"><liferay-ui:message key="your-colleagues-email-address" /></label>

							<input autocomplete="off" class="form-control" id="<portlet:namespace />colleagueEmailAddress" name="<portlet:namespace />colleagueEmailAddress" required type="email" value="<%= HtmlUtil.escapeAttribute(courseSessionDisplayContext.getFormValue("colleagueEmailAddress")) %>" />
						</div>

						<button class="btn btn-secondary" type="submit"><liferay-ui:message key="register-the-colleague" /></button>
					</form>
				</clay:sheet>
			</c:if>
		</clay:col>
	</clay:row>
</clay:container-fluid>

<c:if test="<%= errorMessageKey != null %>">
	<script>
		document.getElementById('<portlet:namespace />errorSummary').focus();
	</script>
</c:if>
