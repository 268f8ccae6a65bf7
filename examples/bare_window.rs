//! A bare iced 0.14 window with one label: the floor that `benches/startup.sh` measures
//! Vejviser's start-up against (same toolkit, same machine, same run).

fn view(_: &()) -> iced::Element<'_, ()> {
    iced::widget::text("Vejviser").into()
}

fn main() -> iced::Result {
    iced::application(|| (), |_: &mut (), _: ()| {}, view)
        .title(|_: &()| "Bare".to_string())
        .default_font(iced::Font::with_name("Fira Sans"))
        .run()
}
