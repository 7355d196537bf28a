using System.Net;
using System.Net.Http.Json;

namespace CommunityPlatform.CultureTeams.Tests;

/// <summary>Venues and bookings: requested → approved | rejected → used | no-show | cancelled; never two approved at once.</summary>
[Collection(PlatformCollection.Name)]
public sealed class BookingTests(PlatformFixture platform)
{
    [Fact]
    public async Task A_booking_goes_from_request_to_use_and_a_double_booking_is_refused()
    {
        var scene = await CultureScene.CreateAsync(platform);
        var venue = await scene.VenueAsync();
        var first = (await scene.Secretary.PostOkAsync("/api/culture/bookings", Booking(venue.Id(), 3, 19, 20))).As<BookingDto>();
        var second = (await scene.Secretary.PostOkAsync("/api/culture/bookings", Booking(venue.Id(), 3, 19, 21))).As<BookingDto>();

        var approved = (await scene.Secretary.PostOkAsync($"/api/culture/bookings/{first.Id}/steps", new { action = "approve", concurrencyStamp = first.ConcurrencyStamp }, HttpStatusCode.OK)).As<BookingDto>();
        var refused = await scene.Secretary.PostAsJsonAsync($"/api/culture/bookings/{second.Id}/steps", new { action = "approve", concurrencyStamp = second.ConcurrencyStamp });
        var used = (await scene.Secretary.PostOkAsync($"/api/culture/bookings/{first.Id}/steps", new { action = "use", concurrencyStamp = approved.ConcurrencyStamp }, HttpStatusCode.OK)).As<BookingDto>();

        approved.State.ShouldBe(BookingState.Approved);
        await refused.ShouldBeProblemAsync(HttpStatusCode.Conflict, "Culture.VenueTaken");
        used.State.ShouldBe(BookingState.Used);
        await (await scene.Secretary.PostAsJsonAsync($"/api/culture/bookings/{first.Id}/steps", new { action = "cancel", concurrencyStamp = used.ConcurrencyStamp }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "Culture.BookingStepNotAllowed");
    }

    [Fact]
    public async Task Of_overlapping_approvals_sent_at_once_exactly_one_wins()
    {
        var scene = await CultureScene.CreateAsync(platform);
        var venue = await scene.VenueAsync("多功能厅");
        var bookings = new List<BookingDto>();
        for (var i = 0; i < 6; i++)
            bookings.Add((await scene.Secretary.PostOkAsync("/api/culture/bookings", Booking(venue.Id(), 5, 9 + i % 2, 11))).As<BookingDto>());

        var answers = await Task.WhenAll(bookings.Select(b =>
            scene.Secretary.PostAsJsonAsync($"/api/culture/bookings/{b.Id}/steps", new { action = "approve", concurrencyStamp = b.ConcurrencyStamp })));

        answers.Count(a => a.StatusCode == HttpStatusCode.OK).ShouldBe(1);
        foreach (var refused in answers.Where(a => a.StatusCode != HttpStatusCode.OK))
            await refused.ShouldBeProblemAsync(HttpStatusCode.Conflict, "Culture.VenueTaken");
        (await scene.Secretary.GetJsonAsync<Application.Paged<BookingDto>>($"/api/culture/bookings?venueId={venue.Id()}&state=approved")).Total.ShouldBe(1);
    }

    [Fact]
    public async Task Adjacent_bookings_both_stand_and_open_hours_and_order_are_checked()
    {
        var scene = await CultureScene.CreateAsync(platform);
        var venue = await scene.VenueAsync("图书室");
        var morning = (await scene.Secretary.PostOkAsync("/api/culture/bookings", Booking(venue.Id(), 2, 9, 10))).As<BookingDto>();
        var next = (await scene.Secretary.PostOkAsync("/api/culture/bookings", Booking(venue.Id(), 2, 10, 11))).As<BookingDto>();

        foreach (var b in new[] { morning, next })
            (await scene.Secretary.PostAsJsonAsync($"/api/culture/bookings/{b.Id}/steps", new { action = "approve", concurrencyStamp = b.ConcurrencyStamp })).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await scene.Secretary.PostAsJsonAsync("/api/culture/bookings", Booking(venue.Id(), 2, 6, 7)))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "Culture.OutsideOpenHours");
        await (await scene.Secretary.PostAsJsonAsync("/api/culture/bookings", Booking(venue.Id(), 2, 11, 10)))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Culture.EndsBeforeStart");
    }

    private static object Booking(string venueId, int days, int from, int to) => new
    {
        venueId, purpose = "合唱排练", bookedBy = "李秀兰", startsAt = CultureScene.At(days, from), endsAt = CultureScene.At(days, to),
    };
}
